package org.pactum.extractor.analysis;

import java.util.List;
import java.util.Optional;
import org.pactum.extractor.clauses.ClauseFinder;
import org.pactum.extractor.clauses.Layout;
import org.pactum.extractor.model.DateMention;
import org.pactum.extractor.model.Expiration;
import org.pactum.extractor.model.ExtractedPeriod;
import org.pactum.extractor.model.Extraction;
import org.pactum.extractor.model.ParsedDocument;
import org.pactum.extractor.model.Party;

/**
 * The default analyser: pattern rules for the fields (title, parties, dates, terms, law, money, defined terms, obligations), then
 * sections and clauses, classified by the trained categoriser and rules.
 */
public final class DefaultAnalyzer implements ContractAnalyzer {

  private final TitleExtractor titles = new TitleExtractor();
  private final GoverningLawExtractor laws = new GoverningLawExtractor();
  private final VenueExtractor venues = new VenueExtractor();
  private final DateFinder dateFinder = new DateFinder();
  private final ContractDatesExtractor dates = new ContractDatesExtractor();
  private final PartiesExtractor parties = new PartiesExtractor();
  private final RenewalExtractor renewals = new RenewalExtractor();
  private final TerminationNoticeExtractor terminationNotices = new TerminationNoticeExtractor();
  private final ExpirationExtractor expirations = new ExpirationExtractor();
  private final AmountExtractor amounts = new AmountExtractor();
  private final PaymentTermsExtractor paymentTerms = new PaymentTermsExtractor();
  private final DefinedTermsExtractor definedTerms = new DefinedTermsExtractor();
  private final ObligationExtractor obligations = new ObligationExtractor();
  private final ClauseFinder clauses;

  public DefaultAnalyzer() {
    this(ClauseFinder.standard());
  }

  public DefaultAnalyzer(ClauseFinder clauses) {
    this.clauses = clauses;
  }

  @Override
  public Extraction analyse(ParsedDocument document, String fileName) {
    // one scan for dates serves both the contract's dates and its expiration
    List<DateMention> mentions = dateFinder.find(document.text());
    ContractDatesExtractor.Dates found = dates.find(document, mentions);
    RenewalExtractor.Renewal renewal = renewals.find(document);
    Layout layout = Layout.of(document.text());
    List<Party> foundParties = parties.find(document);
    Expiration expiration = expirations.find(document, mentions, found.agreement().map(d -> d.date()).orElse(null),
        found.effective().map(d -> d.date()).orElse(null)).orElse(null);
    Optional<ExtractedPeriod> renewalTerm = renewal.term(expiration);
    Extraction fields = new Extraction(
        titles.find(document).orElse(null),
        foundParties,
        laws.find(document).orElse(null),
        venues.find(document).orElse(null),
        found.agreement().orElse(null),
        found.effective().orElse(null),
        expiration,
        renewalTerm.orElse(null),
        renewalTerm.isPresent() ? renewal.automatic() : null,
        renewal.notice().orElse(null),
        terminationNotices.find(document).orElse(null),
        amounts.find(document),
        paymentTerms.find(document).orElse(null),
        definedTerms.find(document),
        obligations.find(document, layout.units(), foundParties),
        List.of(),
        List.of());
    return clauses.addTo(document, layout, fields);
  }
}
