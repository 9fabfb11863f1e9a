package org.pactum.extractor.model;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What was understood of a contract. Every value carries its provenance.
 *
 * @param title the document's title, when one was found
 * @param governingLaw the law the contract is governed by, when stated
 * @param agreementDate the date the contract was made, when stated
 * @param effectiveDate the date it takes effect, when stated
 */
public record Extraction(
    @Nullable ExtractedText title,
    @Nullable GoverningLaw governingLaw,
    @Nullable ExtractedDate agreementDate,
    @Nullable ExtractedDate effectiveDate) {

  public static final Extraction NONE = new Extraction(null, null, null, null);

  public Optional<ExtractedText> titleValue() {
    return Optional.ofNullable(title);
  }
}
