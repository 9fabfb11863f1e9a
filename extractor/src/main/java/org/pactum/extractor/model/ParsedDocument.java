package org.pactum.extractor.model;

import java.util.Map;

/**
 * What parsing made of a file: its plain text, where each page starts, its metadata and how the
 * text was obtained.
 *
 * @param mediaType the detected type, e.g. {@code application/pdf}
 * @param text the document's text, pages in order
 * @param pages page start offsets into {@code text}
 * @param metadata the document's own metadata (title, author, dates, producer...), first value per key
 * @param ocrPages how many pages were read by OCR (0 when the text layer was used throughout)
 */
public record ParsedDocument(
    String mediaType, String text, PageMap pages, Map<String, String> metadata, int ocrPages) {

  public ParsedDocument {
    metadata = Map.copyOf(metadata);
    if (pages.pageStarts().get(pages.pageCount() - 1) > text.length()) {
      throw new IllegalArgumentException("a page starts after the end of the text");
    }
  }
}
