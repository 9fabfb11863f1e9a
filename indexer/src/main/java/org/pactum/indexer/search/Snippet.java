package org.pactum.indexer.search;

import java.util.List;

/**
 * A passage of a document around what matched.
 *
 * @param text the passage, as plain text
 * @param page the 1-based page the passage starts on
 * @param start the passage's offset in the document text
 * @param matches the matched ranges, relative to {@code text}
 */
public record Snippet(String text, int page, int start, List<Match> matches) {

  public Snippet {
    matches = List.copyOf(matches);
  }

  /** A matched range within a snippet's text: {@code [start, end)}. */
  public record Match(int start, int end) {}
}
