package org.pactum.indexer.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.extractor.model.ContractRecord;
import org.pactum.extractor.model.Deadline;
import org.pactum.extractor.model.DocumentStatus;
import org.pactum.extractor.model.Expiration;
import org.pactum.extractor.model.ExtractedDate;
import org.pactum.extractor.model.ExtractedPeriod;
import org.pactum.extractor.model.Extraction;
import org.pactum.extractor.model.Obligation;
import org.pactum.extractor.model.PageMap;
import org.pactum.extractor.model.Provenance;
import org.pactum.extractor.testing.Fixtures;
import org.pactum.indexer.Records;
import org.pactum.indexer.Repository;

class KeyDatesTest {

  private static final Provenance SOURCE = new Provenance(10, 20, 2, "test", 1.0);

  private static ContractRecord record(Expiration expiration, ExtractedPeriod renewal, ExtractedPeriod notice, List<Obligation> obligations) {
    return record(expiration, renewal, renewal == null ? null : true, notice, obligations);
  }

  private static ContractRecord record(Expiration expiration, ExtractedPeriod renewal, Boolean automatic, ExtractedPeriod notice,
      List<Obligation> obligations) {
    Extraction e = new Extraction(null, List.of(), null, null, null, null, expiration, renewal, automatic, notice, null, List.of(), null,
        List.of(), obligations, List.of(), List.of());
    return new ContractRecord(ContractRecord.SCHEMA_VERSION, "0123456789abcdef", "0123456789abcdef".repeat(4), "msa.pdf",
        "test", 1, Instant.parse("2026-01-01T00:00:00Z"), DocumentStatus.INDEXED, null, "application/pdf",
        "Master Services Agreement", " ".repeat(100), PageMap.SINGLE_PAGE, 0, Map.of(), e);
  }

  private static Expiration ends(String date) {
    return new Expiration(LocalDate.parse(date), true, "2021-04-01 + P3Y", SOURCE);
  }

  private static ExtractedPeriod period(String iso) {
    return new ExtractedPeriod(Period.parse(iso), iso, new Provenance(30, 40, 3, "test", 1.0));
  }

  private static KeyDate only(List<KeyDate> dates, KeyDate.Kind kind) {
    return dates.stream().filter(d -> d.kind() == kind).findFirst().orElseThrow(() -> new AssertionError("no " + kind + " in " + dates));
  }

  @Test
  void aContractThatDoesNotRenewExpiresWithItsWorking() {
    List<KeyDate> dates = KeyDates.of(record(ends("2024-03-31"), null, null, List.of()), LocalDate.parse("2026-11-23"));
    assertEquals(1, dates.size());
    KeyDate expiry = dates.get(0);
    assertEquals(KeyDate.Kind.EXPIRATION, expiry.kind());
    assertEquals(LocalDate.parse("2024-03-31"), expiry.date());
    assertEquals("0123456789abcdef-expiration", expiry.uid());
    assertTrue(expiry.derivation().contains("computed: 2021-04-01 + P3Y"), expiry.derivation());
    assertEquals(2, expiry.page());
    assertEquals(10, expiry.start());
  }

  @Test
  void aTermFromAnUndatedEventExpiresAtTheEarliestAndSaysWhy() {
    Expiration earliest = new Expiration(LocalDate.parse("2024-04-01"), true, "2021-04-01 + P3Y", "the Launch Date", SOURCE);
    KeyDate expiry = only(KeyDates.of(record(earliest, null, null, List.of()), LocalDate.parse("2026-11-23")), KeyDate.Kind.EXPIRATION);
    assertEquals(LocalDate.parse("2024-04-01"), expiry.date());
    assertTrue(expiry.derivation().contains("computed: 2021-04-01 + P3Y; the earliest end, as the term runs from the Launch Date,"
        + " which the contract does not date"), expiry.derivation());
    assertEquals("P3Y", expiry.inputs().stream().filter(i -> i.name().equals(DateInput.INITIAL_TERM)).findFirst().orElseThrow().value());
  }

  @Test
  void anAutoRenewalRollsForwardToTheNextTermEndAndNoticeComesBeforeIt() {
    List<KeyDate> dates = KeyDates.of(record(ends("2024-03-31"), period("P1Y"), period("P90D"), List.of()), LocalDate.parse("2026-11-23"));
    KeyDate renewal = only(dates, KeyDate.Kind.RENEWAL);
    assertEquals(LocalDate.parse("2027-03-31"), renewal.date());
    assertTrue(renewal.autoRenews());
    assertTrue(renewal.derivation().contains("2024-03-31 + 3 x P1Y = 2027-03-31"), renewal.derivation());
    KeyDate notice = only(dates, KeyDate.Kind.NOTICE_DEADLINE);
    assertEquals(LocalDate.parse("2027-03-31").minusDays(90), notice.date());
    assertTrue(notice.derivation().contains("2027-03-31 - P90D = " + notice.date()), notice.derivation());
    assertEquals(3, notice.page(), "the notice period's page");
    assertTrue(dates.stream().noneMatch(d -> d.kind() == KeyDate.Kind.EXPIRATION), "it does not simply expire");
  }

  @Test
  void aNoticeThatStopsTheContractGoingOnWithoutARenewalLengthGivesOneDeadline() {
    List<KeyDate> dates = KeyDates.of(record(ends("2027-03-31"), null, null, period("P60D"), List.of()), LocalDate.parse("2026-11-23"));
    KeyDate expiry = only(dates, KeyDate.Kind.EXPIRATION);
    assertTrue(expiry.derivation().contains("goes on unless notice of P60D is given"), expiry.derivation());
    KeyDate notice = only(dates, KeyDate.Kind.NOTICE_DEADLINE);
    assertEquals(LocalDate.parse("2027-03-31").minusDays(60), notice.date());
    assertTrue(notice.derivation().contains("2027-03-31 - P60D = " + notice.date()), notice.derivation());
    assertEquals(3, notice.page(), "the notice period's page");
    // with a renewal length, the renewal's own deadlines stand instead
    assertEquals(1, KeyDates.of(record(ends("2027-03-31"), period("P1Y"), period("P60D"), List.of()), LocalDate.parse("2026-11-23"))
        .stream().filter(d -> d.kind() == KeyDate.Kind.NOTICE_DEADLINE).count());
  }

  @Test
  void anOptionToExtendIsNoRenewal() {
    List<KeyDate> dates = KeyDates.of(record(ends("2027-12-31"), period("P5Y"), false, null, List.of()), LocalDate.parse("2026-11-23"));
    assertEquals(List.of(KeyDate.Kind.EXPIRATION), dates.stream().map(KeyDate::kind).toList());
    assertEquals(LocalDate.parse("2027-12-31"), dates.get(0).date());
    assertTrue(dates.get(0).derivation().contains("may extend it by P5Y"), dates.get(0).derivation());
  }

  @Test
  void aNoticeDeadlineAlreadyPassedGivesTheOneForTheFollowingRenewal() {
    LocalDate today = LocalDate.parse("2027-02-01");
    List<KeyDate> dates = KeyDates.of(record(ends("2024-03-31"), period("P1Y"), period("P90D"), List.of()), today);
    assertEquals(LocalDate.parse("2027-03-31"), only(dates, KeyDate.Kind.RENEWAL).date());
    KeyDate notice = only(dates, KeyDate.Kind.NOTICE_DEADLINE);
    assertEquals(LocalDate.parse("2028-03-31").minusDays(90), notice.date());
    assertTrue(notice.derivation().contains("has passed"), notice.derivation());
  }

  @Test
  void monthlyRenewalsKeepToTheMonthEnd() {
    List<KeyDate> dates = KeyDates.of(record(ends("2024-01-31"), period("P1M"), null, List.of()), LocalDate.parse("2024-04-15"));
    assertEquals(LocalDate.parse("2024-04-30"), only(dates, KeyDate.Kind.RENEWAL).date());
  }

  @Test
  void anObligationWithADateFallsDueThen() {
    Obligation pay = new Obligation("Customer", null, false, "pay the setup fee",
        new Deadline("on or before March 31, 2027", null, false, LocalDate.parse("2027-03-31")), null,
        new Provenance(50, 70, 4, "test", 0.8));
    Obligation vague = new Obligation("Supplier", null, false, "respond", new Deadline("promptly", null, false, null), null, SOURCE);
    List<KeyDate> dates = KeyDates.of(record(null, null, null, List.of(pay, vague)), LocalDate.parse("2026-11-23"));
    assertEquals(1, dates.size());
    KeyDate due = dates.get(0);
    assertEquals(KeyDate.Kind.OBLIGATION_DUE, due.kind());
    assertEquals(LocalDate.parse("2027-03-31"), due.date());
    assertEquals("0123456789abcdef-obligation-due-50", due.uid());
    assertTrue(due.summary().contains("Customer shall pay the setup fee"), due.summary());
  }

  @Test
  void queriesSelectAWindowExpiredContractsOrAutoRenewals() {
    LocalDate today = LocalDate.parse("2026-11-23");
    List<KeyDate> dates = new java.util.ArrayList<>();
    dates.addAll(KeyDates.of(record(ends("2024-03-31"), null, null, List.of()), today));
    dates.addAll(KeyDates.of(record(ends("2024-03-31"), period("P1Y"), period("P90D"), List.of()), today));
    DateQuery within90 = new DateQuery(today, DateQuery.parseWindow("90d", today), false, false, Set.of());
    assertEquals(List.of(KeyDate.Kind.NOTICE_DEADLINE), within90.select(dates).stream().map(KeyDate::kind).toList());
    DateQuery expired = new DateQuery(today, null, true, false, Set.of());
    assertEquals(List.of(KeyDate.Kind.EXPIRATION), expired.select(dates).stream().map(KeyDate::kind).toList());
    DateQuery renewing = new DateQuery(today, null, false, true, Set.of());
    assertEquals(List.of(KeyDate.Kind.NOTICE_DEADLINE, KeyDate.Kind.RENEWAL),
        renewing.select(dates).stream().map(KeyDate::kind).toList(), "soonest first");
    assertEquals(3, DateQuery.all(today).select(dates).size());
  }

  @Test
  void windowsAreReadInDaysWeeksMonthsOrYears() {
    LocalDate today = LocalDate.parse("2026-01-31");
    assertEquals(90, DateQuery.parseWindow("90d", today));
    assertEquals(90, DateQuery.parseWindow("90", today));
    assertEquals(14, DateQuery.parseWindow("2w", today));
    assertEquals(28, DateQuery.parseWindow("1m", today));
    assertEquals(365, DateQuery.parseWindow("1Y", today));
    assertThrows(IllegalArgumentException.class, () -> DateQuery.parseWindow("soon", today));
    assertEquals(KeyDate.Kind.NOTICE_DEADLINE, KeyDate.Kind.parse("notice-deadline"));
    assertThrows(IllegalArgumentException.class, () -> KeyDate.Kind.parse("birthday"));
  }

  @Test
  void theSampleMasterServicesAgreementRenewsYearlyWithNinetyDaysNotice(@TempDir Path data) throws Exception {
    try (Repository repository = Repository.open(data)) {
      ContractRecord msa = Records.sample(repository, Fixtures.sample("01-")).storeIn(repository);
      LocalDate today = LocalDate.parse("2026-11-23");
      List<KeyDate> dates = repository.keyDates(DateQuery.all(today));
      // the sample's initial term is three years from 2021-04-01 and renews for a year at a time, on 90 days' notice
      LocalDate initialEnd = msa.extraction().expiration().date();
      assertTrue(Math.abs(initialEnd.toEpochDay() - LocalDate.parse("2024-03-31").toEpochDay()) <= 1, initialEnd.toString());
      LocalDate renews = initialEnd.plusYears(3);
      assertEquals(renews, only(dates, KeyDate.Kind.RENEWAL).date());
      KeyDate notice = only(dates, KeyDate.Kind.NOTICE_DEADLINE);
      assertEquals(renews.minusDays(90), notice.date());
      assertEquals(msa.id(), notice.contractId());
      assertTrue(msa.text().substring(notice.start(), notice.end()).contains("90"), "the source holds the period");

      // kept between requests, worked out again for another day and after a correction
      assertEquals(dates, repository.keyDates(DateQuery.all(today)));
      assertEquals(renews.plusYears(1), only(repository.keyDates(DateQuery.all(renews.plusDays(1))), KeyDate.Kind.RENEWAL).date());
      repository.correct(msa.id(), "noticePeriod", "P30D", "ana");
      assertEquals(renews.minusDays(30), only(repository.keyDates(DateQuery.all(today)), KeyDate.Kind.NOTICE_DEADLINE).date(),
          "the corrected notice period");
    }
  }

  @Test
  void eachDateListsTheInputsItWasWorkedOutFromWithTheirPages() {
    ExtractedDate effective = new ExtractedDate(LocalDate.parse("2021-04-01"), new Provenance(0, 9, 1, "date-rules", 0.8));
    Extraction e = new Extraction(null, List.of(), null, null, null, effective, ends("2024-03-31"), period("P1Y"), true,
        period("P90D"), null, List.of(), null, List.of(), List.of(), List.of(), List.of());
    ContractRecord withEffective = new ContractRecord(ContractRecord.SCHEMA_VERSION, "0123456789abcdef", "0123456789abcdef".repeat(4),
        "msa.pdf", "test", 1, Instant.parse("2026-01-01T00:00:00Z"), DocumentStatus.INDEXED, null, "application/pdf",
        "Master Services Agreement", " ".repeat(100), PageMap.SINGLE_PAGE, 0, Map.of(), e);
    KeyDate notice = only(KeyDates.of(withEffective, LocalDate.parse("2026-11-23")), KeyDate.Kind.NOTICE_DEADLINE);
    assertEquals(List.of("effective date 2021-04-01 (page 1)", "initial term P3Y (page 2)", "renewal term P1Y (page 3)",
        "notice period P90D (page 3)"), notice.inputs().stream().map(DateInput::describe).toList());
    assertEquals(0, notice.inputs().get(0).start(), "each input points at its own words");
    assertTrue(notice.derivation().contains("calendar days"), notice.derivation());
  }
}
