package org.pactum.indexer.dates;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.pactum.extractor.model.ContractRecord;
import org.pactum.extractor.model.Expiration;
import org.pactum.extractor.model.ExtractedDate;
import org.pactum.extractor.model.ExtractedPeriod;
import org.pactum.extractor.model.Extraction;
import org.pactum.extractor.model.Obligation;
import org.pactum.extractor.model.Provenance;

/**
 * Works out a contract's key dates from its extracted values, as of a given day. A contract that
 * renews itself is rolled forward to its next term end on or after that day, and the notice deadline
 * is the first one still ahead: the term end minus the notice period.
 */
public final class KeyDates {

  /** Enough renewals for a monthly renewal over a century; stops a bad period from looping. */
  private static final int MAX_RENEWALS = 1200;
  private static final int SUMMARY_ACTION = 100;

  private KeyDates() {}

  public static List<KeyDate> of(ContractRecord record, LocalDate today) {
    Extraction e = record.extraction();
    List<KeyDate> dates = new ArrayList<>();
    Expiration expiration = e.expiration();
    boolean automatic = RenewalKind.of(e).orElse(null) == RenewalKind.AUTOMATIC;
    ExtractedPeriod renewal = automatic ? e.renewalTerm() : null;
    if (expiration != null && renewal == null) {
      String option = e.renewalTerm() == null ? ""
          : " A party may extend it by " + e.renewalTerm().iso() + "; it does not renew by itself.";
      List<DateInput> inputs = new ArrayList<>(termInputs(e));
      if (e.renewalTerm() != null) {
        inputs.add(DateInput.of(DateInput.OPTION_TO_EXTEND, e.renewalTerm().iso(), e.renewalTerm().source()));
      }
      ExtractedPeriod notice = e.noticePeriod();
      boolean stoppable = automatic && e.renewalTerm() == null;
      String unlessNoticed = stoppable ? " It goes on unless notice of " + notice.iso() + " is given before then; the contract"
          + " states no renewal length." : "";
      dates.add(date(record, KeyDate.Kind.EXPIRATION, "", expiration.date(),
          "Expires: " + record.title(),
          "The initial term ends " + expiration.date() + " (" + working(expiration) + ")." + option + unlessNoticed,
          inputs, false, expiration.source()));
      if (stoppable) {
        // a notice that stops the contract going on, with no renewal length to roll the term end forward by
        LocalDate deadline = expiration.date().minus(notice.period());
        dates.add(date(record, KeyDate.Kind.NOTICE_DEADLINE, "", deadline,
            "Notice deadline: " + record.title() + " goes on after " + expiration.date() + " unless notice is given by " + deadline,
            "Notice of " + notice.iso() + " before the initial term ends on " + expiration.date() + ": " + expiration.date() + " - "
                + notice.iso() + " = " + deadline + ", counted in calendar days. The contract states no renewal length, so"
                + " later deadlines are not counted.",
            noticeInputs(termInputs(e), notice), true, notice.source()));
      }
    } else if (expiration != null) {
      addRenewal(dates, record, termInputs(e), renewal, e.noticePeriod(), today);
    }
    for (Obligation o : e.obligations()) {
      if (o.deadline() != null && o.deadline().date() != null) {
        dates.add(date(record, KeyDate.Kind.OBLIGATION_DUE, "-" + o.source().start(), o.deadline().date(),
            "Due: " + o.obligor() + (o.prohibition() ? " shall not " : " shall ") + shorten(o.action()) + " (" + record.title() + ")",
            "Written in the obligation: \"" + o.deadline().text() + "\"" + (o.deadline().businessDays()
                ? ", counted in business days." : "."),
            List.of(DateInput.of(DateInput.DEADLINE, o.deadline().text(), o.source())), false, o.source()));
      }
    }
    return dates;
  }

  /**
   * What the initial term's end rests on: the date written, or the date counted from and the term
   * counted (its sentence), each with where it was read.
   */
  private static List<DateInput> termInputs(Extraction e) {
    Expiration expiration = e.expiration();
    if (!expiration.computed() || expiration.basis() == null) {
      return List.of(DateInput.of(DateInput.EXPIRATION_DATE, expiration.date().toString(), expiration.source()));
    }
    List<DateInput> inputs = new ArrayList<>();
    String from = expiration.basis().split(" ", 2)[0];
    ExtractedDate effective = e.effectiveDate();
    ExtractedDate agreement = e.agreementDate();
    if (effective != null && effective.date().toString().equals(from)) {
      inputs.add(DateInput.of(DateInput.EFFECTIVE_DATE, from, effective.source()));
    } else if (agreement != null && agreement.date().toString().equals(from)) {
      inputs.add(DateInput.of(DateInput.AGREEMENT_DATE, from, agreement.source()));
    }
    String term = expiration.term() != null ? expiration.term() : expiration.basis();
    inputs.add(DateInput.of(DateInput.INITIAL_TERM, term, expiration.source()));
    return inputs;
  }

  private static void addRenewal(List<KeyDate> dates, ContractRecord record, List<DateInput> term,
      ExtractedPeriod renewal, ExtractedPeriod notice, LocalDate today) {
    Expiration expiration = record.extraction().expiration();
    String initial = "The initial term ends " + expiration.date() + " (" + working(expiration) + ") and renews for "
        + renewal.iso() + " at a time unless notice is given";
    int n = 0;
    LocalDate end = expiration.date();
    while (end.isBefore(today) && n < MAX_RENEWALS) {
      n++;
      end = termEnd(expiration.date(), renewal.period(), n);
    }
    String rolled = n == 0 ? "." : "; " + expiration.date() + " + " + n + " x " + renewal.iso() + " = " + end
        + ", the next term end on or after " + today + ".";
    List<DateInput> renewalInputs = new ArrayList<>(term);
    renewalInputs.add(DateInput.of(DateInput.RENEWAL_TERM, renewal.iso(), renewal.source()));
    dates.add(date(record, KeyDate.Kind.RENEWAL, "", end, "Renews: " + record.title(), initial + rolled, renewalInputs, true,
        renewal.source()));
    if (!RenewalKind.positive(notice)) {
      return;
    }
    // the first deadline still ahead: the next renewal's, or the one after when that has passed
    LocalDate renewsOn = end;
    int k = n;
    while (renewsOn.minus(notice.period()).isBefore(today) && k < MAX_RENEWALS) {
      k++;
      renewsOn = termEnd(expiration.date(), renewal.period(), k);
    }
    LocalDate deadline = renewsOn.minus(notice.period());
    String passed = k == n ? "" : " The deadline before the renewal of " + end + " has passed, so this one is for the renewal after.";
    dates.add(date(record, KeyDate.Kind.NOTICE_DEADLINE, "", deadline,
        "Notice deadline: " + record.title() + " renews " + renewsOn + " unless notice is given by " + deadline,
        "Notice of " + notice.iso() + " before the renewal on " + renewsOn + ": " + renewsOn + " - " + notice.iso()
            + " = " + deadline + ", counted in calendar days; notice given on that day is still in time (\"at least\" "
            + notice.iso() + " before)." + passed + " " + initial + ".",
        noticeInputs(renewalInputs, notice), true, notice.source()));
  }

  private static List<DateInput> noticeInputs(List<DateInput> renewal, ExtractedPeriod notice) {
    List<DateInput> inputs = new ArrayList<>(renewal);
    inputs.add(DateInput.of(DateInput.NOTICE_PERIOD, notice.iso(), notice.source()));
    return inputs;
  }

  /** The n-th renewal's end, counted from the initial end so month ends do not drift. */
  private static LocalDate termEnd(LocalDate initialEnd, Period term, int n) {
    return initialEnd.plus(Period.of(term.getYears() * n, term.getMonths() * n, term.getDays() * n));
  }

  private static String working(Expiration expiration) {
    if (!expiration.computed() || expiration.basis() == null) {
      return "written in the contract";
    }
    return "computed: " + expiration.basis() + (expiration.earliest()
        ? "; the earliest end, as the term runs from " + expiration.undatedStart()
            + ", which the contract does not date, and is counted here from the effective date" : "");
  }

  private static String shorten(String action) {
    String oneLine = action.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= SUMMARY_ACTION ? oneLine : oneLine.substring(0, SUMMARY_ACTION - 1) + "…";
  }

  private static KeyDate date(ContractRecord record, KeyDate.Kind kind, String uidSuffix, LocalDate date,
      String summary, String derivation, List<DateInput> inputs, boolean autoRenews, Provenance source) {
    String uid = record.id() + "-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + uidSuffix;
    return new KeyDate(uid, record.id(), record.title(), record.fileName(), kind, date, summary, derivation,
        inputs.stream().map(i -> i.in(record.id())).toList(), autoRenews, record.id(), source.page(), source.start(), source.end());
  }
}
