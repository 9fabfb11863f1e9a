package org.pactum.indexer.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pactum.extractor.model.ContractRecord;
import org.pactum.extractor.model.Extraction;
import org.pactum.indexer.families.Family;

/**
 * The key dates of an agreement that amendments (or renewals, addenda, restatements) have changed:
 * its term end, renewal and notice as the latest document that states each leaves them, so an
 * amendment that extends the term moves the expiration date. Each date and input points at the
 * words of the document that set it.
 */
public final class FamilyDates {

  private FamilyDates() {}

  /**
   * @param base the agreement, corrections in place
   * @param records the family's documents by id, corrections in place
   */
  public static List<KeyDate> of(ContractRecord base, Family family, Map<String, ContractRecord> records, LocalDate today) {
    Extraction e = base.extraction();
    ContractRecord expirationBy = setter(family, "expirationDate", base, records);
    ContractRecord renewalBy = setter(family, "renewalTerm", base, records);
    ContractRecord noticeBy = setter(family, "noticePeriod", base, records);
    Extraction inForce = new Extraction(e.title(), e.parties(), e.governingLaw(), e.venue(), e.agreementDate(), e.effectiveDate(),
        expirationBy.extraction().expiration(), renewalBy.extraction().renewalTerm(), renewalBy.extraction().autoRenewal(),
        noticeBy.extraction().noticePeriod(), e.terminationNotice(), e.amounts(), e.paymentTerms(), e.definedTerms(), e.obligations(), e.sections(),
        e.clauses());
    ContractRecord merged = base.withExtraction(base.title(), inForce);
    List<KeyDate> out = new ArrayList<>();
    for (KeyDate d : KeyDates.of(merged, today)) {
      if (d.kind() == KeyDate.Kind.OBLIGATION_DUE) {
        out.add(d);
        continue;
      }
      ContractRecord source = switch (d.kind()) {
        case EXPIRATION -> expirationBy;
        case RENEWAL -> renewalBy;
        default -> noticeBy;
      };
      List<DateInput> inputs = d.inputs().stream().map(i -> i.in(inputFrom(i.name(), base, expirationBy, renewalBy, noticeBy).id())).toList();
      List<String> others = setters(base, expirationBy, renewalBy, noticeBy);
      String by = others.isEmpty() ? "" : " The term in force is set by " + String.join(" and ", others) + ".";
      out.add(new KeyDate(d.uid(), d.contractId(), d.title(), d.fileName(), d.kind(), d.date(), d.summary(), d.derivation() + by,
          inputs, d.autoRenews(), source.id(), d.page(), d.start(), d.end()));
    }
    return out;
  }

  /** The document of the family that set a term in force; the agreement itself when none changed it. */
  private static ContractRecord setter(Family family, String field, ContractRecord base, Map<String, ContractRecord> records) {
    return family.effectiveTerms().stream().filter(t -> t.field().equals(field)).findFirst()
        .map(t -> records.getOrDefault(t.contractId(), base)).orElse(base);
  }

  private static ContractRecord inputFrom(String name, ContractRecord base, ContractRecord expirationBy, ContractRecord renewalBy,
      ContractRecord noticeBy) {
    return switch (name) {
      case DateInput.EXPIRATION_DATE, DateInput.INITIAL_TERM -> expirationBy;
      case DateInput.RENEWAL_TERM, DateInput.OPTION_TO_EXTEND -> renewalBy;
      case DateInput.NOTICE_PERIOD -> noticeBy;
      default -> base;
    };
  }

  private static List<String> setters(ContractRecord base, ContractRecord... by) {
    List<String> out = new ArrayList<>();
    for (ContractRecord r : by) {
      String name = "\"" + r.title() + "\"";
      if (!r.id().equals(base.id()) && !out.contains(name)) {
        out.add(name);
      }
    }
    return out;
  }
}
