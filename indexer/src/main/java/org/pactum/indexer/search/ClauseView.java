package org.pactum.indexer.search;

import java.util.List;

/**
 * A clause as the index holds it: the passage, where it sits in its contract, and the categories it
 * was classified into.
 *
 * @param clauseId {@code contractId:start-end}
 * @param start offset of the passage in the contract's text
 * @param end offset after it
 */
public record ClauseView(
    String clauseId,
    String contractId,
    String contractTitle,
    String fileName,
    List<String> categories,
    int page,
    int start,
    int end,
    String text) {

  public ClauseView {
    categories = List.copyOf(categories);
  }
}
