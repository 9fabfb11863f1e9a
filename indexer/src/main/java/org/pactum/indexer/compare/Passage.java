package org.pactum.indexer.compare;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A text being compared: a contract's clause or a standard clause of the library.
 *
 * @param id the clause id ({@code contractId:start-end}) or the standard clause's id
 * @param label what a person recognises it by: the contract's title, or the standard clause's name
 * @param contractId the contract holding it; null for a standard clause
 * @param page the page it starts on; null for a standard clause
 */
public record Passage(
    String id, String label, List<String> categories, @Nullable String contractId, @Nullable Integer page, String text) {

  public Passage {
    categories = List.copyOf(categories);
  }
}
