package org.pactum.indexer.corrections;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.pactum.extractor.analysis.Jurisdictions;
import org.pactum.extractor.model.ContractRecord;
import org.pactum.extractor.model.Expiration;
import org.pactum.extractor.model.ExtractedDate;
import org.pactum.extractor.model.ExtractedPeriod;
import org.pactum.extractor.model.ExtractedText;
import org.pactum.extractor.model.Extraction;
import org.pactum.extractor.model.GoverningLaw;
import org.pactum.extractor.model.Party;
import org.pactum.extractor.model.PaymentTerms;
import org.pactum.extractor.model.Provenance;

/**
 * A record with people's corrections put in place of the extracted values. A corrected value keeps
 * the source of the value it replaces, so it still points at the words it is about; its extractor
 * names who corrected it.
 */
public final class Corrected {

  private Corrected() {}

  public static ContractRecord apply(ContractRecord record, Map<String, Correction> corrections) {
    if (corrections.isEmpty()) {
      return record;
    }
    Extraction e = record.extraction();
    ExtractedText title = e.title();
    ExtractedDate agreement = e.agreementDate();
    ExtractedDate effective = e.effectiveDate();
    Expiration expiration = e.expiration();
    ExtractedPeriod renewal = e.renewalTerm();
    Boolean autoRenewal = e.autoRenewal();
    ExtractedPeriod notice = e.noticePeriod();
    GoverningLaw law = e.governingLaw();
    PaymentTerms payment = e.paymentTerms();
    List<Party> parties = e.parties();
    String recordTitle = record.title();
    for (Correction c : corrections.values()) {
      String v = c.value();
      switch (CorrectableField.of(c.field())) {
        case TITLE -> {
          title = new ExtractedText(v, source(title == null ? null : title.source(), c));
          recordTitle = v;
        }
        case PARTIES -> parties = parties(PartyList.parse(v), e.parties(), c);
        case AGREEMENT_DATE -> agreement = new ExtractedDate(LocalDate.parse(v), source(agreement == null ? null : agreement.source(), c));
        case EFFECTIVE_DATE -> effective = new ExtractedDate(LocalDate.parse(v), source(effective == null ? null : effective.source(), c));
        case EXPIRATION_DATE -> expiration = new Expiration(LocalDate.parse(v), false, "corrected by " + c.user(),
            source(expiration == null ? null : expiration.source(), c));
        case RENEWAL_TERM -> renewal = new ExtractedPeriod(Period.parse(v), v, source(renewal == null ? null : renewal.source(), c));
        case AUTO_RENEWAL -> autoRenewal = Boolean.valueOf(v);
        case NOTICE_PERIOD -> notice = new ExtractedPeriod(Period.parse(v), v, source(notice == null ? null : notice.source(), c));
        case GOVERNING_LAW -> law = new GoverningLaw(v, Jurisdictions.at(v).map(Jurisdictions.Jurisdiction::code).orElse(""),
            source(law == null ? null : law.source(), c));
        case PAYMENT_TERMS -> payment = new PaymentTerms(v, payment == null ? null : payment.days(),
            source(payment == null ? null : payment.source(), c));
      }
    }
    Extraction corrected = new Extraction(title, parties, law, e.venue(), agreement, effective, expiration, renewal,
        autoRenewal, notice, e.terminationNotice(), e.amounts(), payment, e.definedTerms(), e.obligations(), e.sections(), e.clauses());
    return record.withExtraction(recordTitle, corrected);
  }

  /** A corrected party keeps the source of the extracted party of the same name, when there was one. */
  private static List<Party> parties(List<PartyList.Entry> corrected, List<Party> extracted, Correction c) {
    List<Party> out = new ArrayList<>();
    for (PartyList.Entry entry : corrected) {
      Provenance was = extracted.stream()
          .filter(p -> p.name().equalsIgnoreCase(entry.name()) || (p.alias() != null && p.alias().equalsIgnoreCase(entry.alias())))
          .map(Party::source).findFirst().orElse(null);
      out.add(new Party(entry.name(), entry.alias(), source(was, c)));
    }
    return out;
  }

  private static Provenance source(@Nullable Provenance replaced, Correction c) {
    String by = "correction by " + c.user();
    return replaced == null
        ? new Provenance(0, 0, 1, by, 1.0)
        : new Provenance(replaced.start(), replaced.end(), replaced.page(), by, 1.0);
  }
}
