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
 * @param deviation for a clause hit of a search sorted by deviation, how far it strays from its
 *     category's standard wording; otherwise null
 */
public record SearchHit(
    String contractId, String title, String fileName, String mediaType, String status, float score,
    @Nullable String clauseId, List<String> categories, @Nullable Integer page, List<Snippet> snippets,
    @Nullable Measured deviation) {

  /**
   * A clause measured against the standard wording of its category.
   *
   * @param deviation one minus the word similarity, from 0 (the standard's words) to 1 (none of them)
   * @param standardId the standard's id: a curated standard's, or the clause the contracts usually word like it
   * @param standardName the curated standard's name, or what the usual wording was learned from
   */
  public record Measured(double deviation, String standardId, String standardName) {}

  public SearchHit {
    categories = List.copyOf(categories);
    snippets = List.copyOf(snippets);
  }

  /** The same hit, measured against its standard. */
  public SearchHit withDeviation(@Nullable Measured measured) {
    return new SearchHit(contractId, title, fileName, mediaType, status, score, clauseId, categories, page, snippets, measured);
  }
}
