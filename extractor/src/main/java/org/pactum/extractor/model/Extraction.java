package org.pactum.extractor.model;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What was understood of a contract. Every value carries its provenance.
 *
 * @param title the document's title, when one was found
 * @param parties the parties, in the order the contract names them
 * @param governingLaw the law the contract is governed by, when stated
 * @param venue where disputes are heard (courts, or the seat of an arbitration), when stated; null for records written
 *     before this was read
 * @param agreementDate the date the contract was made, when stated
 * @param effectiveDate the date it takes effect, when stated
 * @param expiration when the initial term ends, written or computed
 * @param renewalTerm how long each renewal or extension lasts, when the contract provides for one
 * @param autoRenewal whether that renewal happens unless a party gives notice (true) or only when a party
 *     chooses to extend (false); null when there is no renewal term, or for records written before this was read
 * @param noticePeriod the notice needed to stop a renewal
 * @param terminationNotice the notice a party must give to end the contract early (for convenience, where the contract
 *     says), when stated; null for records written before this was read
 * @param amounts the sums of money the contract names, in text order
 * @param paymentTerms when invoices fall due, when stated
 * @param definedTerms the terms the contract defines, at their first definition
 * @param obligations the sentences that bind a party, in text order
 * @param sections the numbered and headed sections, in text order
 * @param clauses passages classified into the clause taxonomy, in text order
 */
public record Extraction(
    @Nullable ExtractedText title,
    List<Party> parties,
    @Nullable GoverningLaw governingLaw,
    @Nullable Venue venue,
    @Nullable ExtractedDate agreementDate,
    @Nullable ExtractedDate effectiveDate,
    @Nullable Expiration expiration,
    @Nullable ExtractedPeriod renewalTerm,
    @Nullable Boolean autoRenewal,
    @Nullable ExtractedPeriod noticePeriod,
    @Nullable ExtractedPeriod terminationNotice,
    List<Amount> amounts,
    @Nullable PaymentTerms paymentTerms,
    List<DefinedTerm> definedTerms,
    List<Obligation> obligations,
    List<Section> sections,
    List<Clause> clauses) {

  public static final Extraction NONE = new Extraction(null, List.of(), null, null, null, null, null, null, null, null, null, List.of(), null, List.of(),
      List.of(), List.of(), List.of());

  public Extraction {
    parties = List.copyOf(parties);
    // records written before these were extracted have none
    amounts = amounts == null ? List.of() : List.copyOf(amounts);
    definedTerms = definedTerms == null ? List.of() : List.copyOf(definedTerms);
    obligations = obligations == null ? List.of() : List.copyOf(obligations);
    sections = sections == null ? List.of() : List.copyOf(sections);
    clauses = clauses == null ? List.of() : List.copyOf(clauses);
  }

  /** The same fields with the given sections and clauses. */
  public Extraction withClauses(List<Section> sections, List<Clause> clauses) {
    return new Extraction(title, parties, governingLaw, venue, agreementDate, effectiveDate, expiration, renewalTerm,
        autoRenewal, noticePeriod, terminationNotice, amounts, paymentTerms, definedTerms, obligations, sections, clauses);
  }

  public Optional<ExtractedText> titleValue() {
    return Optional.ofNullable(title);
  }
}
