package org.pactum.indexer.dates;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.pactum.extractor.model.ContractRecord;
import org.pactum.extractor.model.Expiration;
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
    // records written before automatic and optional renewals were told apart count as automatic
    ExtractedPeriod renewal = renews(e.renewalTerm()) && !Boolean.FALSE.equals(e.autoRenewal()) ? e.renewalTerm() : null;
    if (expiration != null && renewal == null) {
      String option = e.renewalTerm() == null ? ""
          : " A party may extend it by " + e.renewalTerm().iso() + "; it does not renew by itself.";
      dates.add(date(record, KeyDate.Kind.EXPIRATION, "", expiration.date(),
          "Expires: " + record.title(), "The initial term ends " + expiration.date() + " (" + working(expiration) + ")." + option,
          false, expiration.source()));
    } else if (expiration != null) {
      addRenewal(dates, record, expiration, renewal, e.noticePeriod(), today);
    }
    for (Obligation o : e.obligations()) {
      if (o.deadline() != null && o.deadline().date() != null) {
        dates.add(date(record, KeyDate.Kind.OBLIGATION_DUE, "-" + o.source().start(), o.deadline().date(),
            "Due: " + o.obligor() + (o.prohibition() ? " shall not " : " shall ") + shorten(o.action()) + " (" + record.title() + ")",
            "Written in the obligation: \"" + o.deadline().text() + "\".", false, o.source()));
      }
    }
    return dates;
  }

  private static void addRenewal(List<KeyDate> dates, ContractRecord record, Expiration expiration,
      ExtractedPeriod renewal, ExtractedPeriod notice, LocalDate today) {
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
    dates.add(date(record, KeyDate.Kind.RENEWAL, "", end, "Renews: " + record.title(), initial + rolled, true,
        renewal.source()));
    if (notice == null || notice.period().isZero() || notice.period().isNegative()) {
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
            + " = " + deadline + "." + passed + " " + initial + ".",
        true, notice.source()));
  }

  /** The n-th renewal's end, counted from the initial end so month ends do not drift. */
  private static LocalDate termEnd(LocalDate initialEnd, Period term, int n) {
    return initialEnd.plus(Period.of(term.getYears() * n, term.getMonths() * n, term.getDays() * n));
  }

  private static boolean renews(ExtractedPeriod renewal) {
    return renewal != null && !renewal.period().isZero() && !renewal.period().isNegative();
  }

  private static String working(Expiration expiration) {
    return expiration.computed() && expiration.basis() != null ? "computed: " + expiration.basis() : "written in the contract";
  }

  private static String shorten(String action) {
    String oneLine = action.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= SUMMARY_ACTION ? oneLine : oneLine.substring(0, SUMMARY_ACTION - 1) + "…";
  }

  private static KeyDate date(ContractRecord record, KeyDate.Kind kind, String uidSuffix, LocalDate date,
      String summary, String derivation, boolean autoRenews, Provenance source) {
    String uid = record.id() + "-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + uidSuffix;
    return new KeyDate(uid, record.id(), record.title(), record.fileName(), kind, date, summary, derivation,
        autoRenews, source.page(), source.start(), source.end());
  }
}
