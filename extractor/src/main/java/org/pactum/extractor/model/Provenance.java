package org.pactum.extractor.model;

/**
 * Where an extracted value came from, so a person can check it against the original.
 *
 * @param start offset of the first character in the document text
 * @param end offset after the last character
 * @param page the 1-based page holding {@code start}
 * @param extractor the name of the extractor that produced the value
 * @param confidence from 0 to 1
 */
public record Provenance(int start, int end, int page, String extractor, double confidence) {

  public Provenance {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
    if (page < 1) {
      throw new IllegalArgumentException("pages are numbered from 1: " + page);
    }
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence must be within 0..1: " + confidence);
    }
  }
}
