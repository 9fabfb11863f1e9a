package org.pactum.extractor.model;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What was understood of a contract. Every value carries its provenance.
 *
 * @param title the document's title, when one was found
 */
public record Extraction(@Nullable ExtractedText title) {

  public static final Extraction NONE = new Extraction(null);

  public Optional<ExtractedText> titleValue() {
    return Optional.ofNullable(title);
  }
}
