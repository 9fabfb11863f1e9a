package org.pactum.indexer.search;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One matching contract, or one matching clause of a contract.
 *
 * @param contractId the contract's id
 * @param title the contract's title
 * @param clauseId for a clause hit, the clause's id ({@code contractId:start-end}); null for a contract
 * @param categories for a clause hit, the categories it was classified into; for a contract, none
 * @param page for a clause hit, the page the clause starts on
 * @param snippets the highlighted passages, each with its page
 */
public record SearchHit(
    String contractId, String title, String fileName, String mediaType, String status, float score,
    @Nullable String clauseId, List<String> categories, @Nullable Integer page, List<Snippet> snippets) {

  public SearchHit {
    categories = List.copyOf(categories);
    snippets = List.copyOf(snippets);
  }
}
