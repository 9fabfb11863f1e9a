package org.pactum.extractor.analysis;

import org.pactum.extractor.model.Extraction;
import org.pactum.extractor.model.ParsedDocument;

/** The default analyser: pattern rules over the parsed text. */
public final class RuleBasedAnalyzer implements ContractAnalyzer {

  private final TitleExtractor titles = new TitleExtractor();
  private final GoverningLawExtractor laws = new GoverningLawExtractor();
  private final ContractDatesExtractor dates = new ContractDatesExtractor();
  private final PartiesExtractor parties = new PartiesExtractor();
  private final RenewalExtractor renewals = new RenewalExtractor();
  private final ExpirationExtractor expirations = new ExpirationExtractor();

  @Override
  public Extraction analyse(ParsedDocument document, String fileName) {
    ContractDatesExtractor.Dates found = dates.find(document);
    RenewalExtractor.Renewal renewal = renewals.find(document);
    return new Extraction(
        titles.find(document).orElse(null),
        parties.find(document),
        laws.find(document).orElse(null),
        found.agreement().orElse(null),
        found.effective().orElse(null),
        expirations.find(document, found.effective().or(found::agreement).map(d -> d.date()).orElse(null)).orElse(null),
        renewal.term().orElse(null),
        renewal.notice().orElse(null));
  }
}
