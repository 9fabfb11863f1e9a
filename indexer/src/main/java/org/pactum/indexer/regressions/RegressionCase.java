package org.pactum.indexer.regressions;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.pactum.extractor.model.PageMap;
import org.pactum.extractor.model.ParsedDocument;

/**
 * A value people fixed or confirmed, kept with the contract's text so the extractor can be asked
 * again, after any change, whether it now finds the same. The text travels with the case: it stays
 * checkable even when the contract is later deleted.
 *
 * @param id {@code <contractId>-<field>}
 * @param expected the value as a correction writes it ({@code 2024-03-31}, {@code P1Y}, {@code Name (Alias)})
 * @param by who fixed or confirmed it
 */
public record RegressionCase(
    String id,
    String contractId,
    String fileName,
    String field,
    String expected,
    String by,
    Instant at,
    String mediaType,
    String text,
    List<Integer> pageStarts) {

  public RegressionCase {
    pageStarts = List.copyOf(pageStarts);
  }

  /** The document as parsing gave it, for the extractor to read again. */
  public ParsedDocument document() {
    return new ParsedDocument(mediaType, text, new PageMap(pageStarts), Map.of(), 0);
  }
}
