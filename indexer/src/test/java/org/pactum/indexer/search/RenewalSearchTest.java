package org.pactum.indexer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.extractor.model.ContractRecord;
import org.pactum.extractor.testing.Fixtures;
import org.pactum.indexer.Records;
import org.pactum.indexer.Repository;

/**
 * "Which contracts renew by themselves with 90 days' notice?": the renewal and notice filters and facets, on real
 * sample contracts (a services agreement renewing yearly unless 90 days' notice, a supply agreement renewing unless 6
 * months' notice, a franchise agreement its franchisee may extend, and an NDA that does not renew).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RenewalSearchTest {

  private Repository repository;
  private ContractRecord services;
  private ContractRecord supply;
  private ContractRecord franchise;
  private ContractRecord nda;

  @BeforeAll
  void ingest(@TempDir Path data) throws Exception {
    repository = Repository.open(data);
    services = Records.sample(repository, Fixtures.sample("01-")).storeIn(repository);
    supply = Records.sample(repository, Fixtures.sample("05-")).storeIn(repository);
    franchise = Records.sample(repository, Fixtures.sample("17-")).storeIn(repository);
    nda = Records.sample(repository, Fixtures.sample("02-")).storeIn(repository);
  }

  @AfterAll
  void close() throws Exception {
    repository.close();
  }

  private Set<String> contracts(String renewal, String notice) throws Exception {
    SearchResult result = repository.search(SearchRequest.of("").withFilters(SearchRequest.Filters.NONE.withRenewal(renewal, notice)));
    return result.hits().stream().map(SearchHit::contractId).collect(Collectors.toSet());
  }

  private static Map<String, Long> counts(List<SearchResult.FacetValue> facet) {
    return facet.stream().collect(Collectors.toMap(SearchResult.FacetValue::value, SearchResult.FacetValue::count));
  }

  @Test
  void facetsCountHowContractsRenewAndTheNoticeThatStopsThem() throws Exception {
    Map<String, List<SearchResult.FacetValue>> facets = repository.search(SearchRequest.of("")).facets();
    assertEquals(Map.of("automatic", 2L, "option to extend", 1L), counts(facets.get("renewal")));
    assertEquals(Map.of("90 days", 1L, "6 months", 1L), counts(facets.get("notice")));
  }

  @Test
  void filtersByRenewalAndNotice() throws Exception {
    assertEquals(Set.of(services.id(), supply.id()), contracts("automatic", null));
    assertEquals(Set.of(services.id()), contracts("Automatic", "90 days"));
    assertEquals(Set.of(supply.id()), contracts(null, "P6M"));
    assertEquals(Set.of(franchise.id()), contracts("option to extend", null));
    assertEquals(Set.of(), contracts("option to extend", "90 days"));
    assertEquals(Set.of(services.id(), supply.id(), franchise.id(), nda.id()), contracts(" ", ""));
  }

  @Test
  void anUnknownRenewalIsRefusedWithTheValuesThereAre() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SearchRequest.Filters.NONE.withRenewal("evergreen", null));
    assertEquals("renewal is automatic or option to extend: evergreen", e.getMessage());
  }

  @Test
  void noticePeriodsAreNamedAsPeopleWriteThem() {
    assertEquals("90 days", NoticePeriods.inWords(Period.ofDays(90)));
    assertEquals("1 month", NoticePeriods.inWords(Period.ofMonths(1)));
    assertEquals("1 year and 6 months", NoticePeriods.inWords(Period.of(1, 6, 0)));
  }

  @Test
  void twelveMonthsAndOneYearAreOneNoticePeriod() {
    assertEquals("1 year", NoticePeriods.inWords(Period.ofMonths(12)));
    assertEquals("1 year and 6 months", NoticePeriods.inWords(Period.ofMonths(18)));
    assertEquals("2 years", NoticePeriods.inWords(Period.ofMonths(24)));
    // days are not months: thirty days' notice is not one month's
    assertEquals("30 days", NoticePeriods.inWords(Period.ofDays(30)));
    assertEquals("14 days", NoticePeriods.inWords(Period.ofWeeks(2)));
    String oneYear = NoticePeriods.key(Period.ofYears(1));
    for (String written : List.of("1 year", "12 months", "P1Y", "p12m", " 12 Months ", "0 years and 12 months")) {
      assertEquals(oneYear, NoticePeriods.key(written), written);
    }
    assertEquals(NoticePeriods.key(Period.of(1, 6, 0)), NoticePeriods.key("1 year, 6 months"));
    assertEquals(NoticePeriods.key(Period.ofDays(14)), NoticePeriods.key("2 weeks"));
    assertNotEquals(oneYear, NoticePeriods.key("365 days"));
    for (String notALength : List.of("a year", "12 months or so", "about 1 year", "", "P")) {
      assertEquals(notALength.strip().toLowerCase(java.util.Locale.ROOT), NoticePeriods.key(notALength), notALength);
    }
  }

  @Test
  void theNoticeFilterReadsAPeriodHoweverItIsWritten() throws Exception {
    assertEquals(Set.of(supply.id()), contracts(null, "6 months"));
    assertEquals(Set.of(supply.id()), contracts(null, "0 years and 6 months"));
    assertEquals(Set.of(services.id()), contracts(null, "P90D"));
    assertEquals(Set.of(), contracts(null, "3 months"));
    assertEquals(Set.of(), contracts(null, "ninety days"));
    // the query syntax's notice field reads it the same way
    SearchResult byQuery = repository.search(SearchRequest.of("notice:\"0 years and 6 months\""));
    assertEquals(Set.of(supply.id()), byQuery.hits().stream().map(SearchHit::contractId).collect(Collectors.toSet()));
  }
}
