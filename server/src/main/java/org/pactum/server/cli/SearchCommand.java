package org.pactum.server.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.pactum.extractor.model.Json;
import org.pactum.indexer.Repository;
import org.pactum.indexer.search.InvalidQueryException;
import org.pactum.indexer.search.SearchHit;
import org.pactum.indexer.search.SearchRequest;
import org.pactum.indexer.search.SearchResult;
import org.pactum.indexer.search.Snippet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "search",
    description = {
      "Search contracts, or their clauses with --clauses, in Lucene query syntax: words, \"phrases\",",
      "\"indemnify negligence\"~5, indemnif*, AND/OR/NOT, -excluded. Prints hits with highlighted passages",
      "and their pages, then counts by category, party, law, type and year."
    },
    mixinStandardHelpOptions = true,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:searched (with or without hits)", "2:the query or an option is malformed", "3:the repository could not be opened"})
final class SearchCommand implements Callable<Integer> {

  @Mixin DataOption data;

  @Parameters(paramLabel = "QUERY", arity = "0..*", description = "The query; none lists everything in scope.")
  List<String> query = List.of();

  @Option(names = "--clauses", description = "Hits are clauses rather than contracts.")
  boolean clauses;

  @Option(names = "--category", paramLabel = "C", description = "Only clauses of this category (contracts: that have one, with the query matching inside it).")
  String category;

  @Option(names = "--party", paramLabel = "P", description = "Only contracts with a party whose name or short name holds these words.")
  String party;

  @Option(names = "--law", paramLabel = "L", description = "Only contracts governed by this law: a name (New York) or a code (US-NY).")
  String law;

  @Option(names = "--type", paramLabel = "T", description = "Only contracts of this type, as the type counts name them (Supply, Services, ...).")
  String type;

  @Option(names = "--from", paramLabel = "DATE", description = "Only contracts dated on or after this: YYYY-MM-DD, YYYY-MM or YYYY.")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Only contracts dated on or before this.")
  String to;

  @Option(names = "--tag", paramLabel = "TAG", description = "Only contracts with this tag.")
  String tag;

  @Option(names = "--review", paramLabel = "FIELD:STATE",
      description = "Only contracts with a value in this review state, e.g. expirationDate:extracted (nobody has checked it).")
  String review;

  @Option(names = "--renewal", paramLabel = "KIND",
      description = "Only contracts that renew this way: automatic (unless notice is given) or \"option to extend\".")
  String renewal;

  @Option(names = "--notice", paramLabel = "PERIOD",
      description = "Only contracts whose notice to stop a renewal is this long: \"90 days\", \"3 months\" or P90D.")
  String notice;

  @Option(names = "--min-amount", paramLabel = "N", description = "Only contracts naming a sum of at least this much (100000, 250k, 2m), in their own currency.")
  String minAmount;

  @Option(names = "--sort", paramLabel = "ORDER", description = "relevance (default), date (newest contract first), or deviation (with --clauses and --category:"
      + " the clauses that stray most from the category's standard wording first).")
  String sort = "relevance";

  @Option(names = "--limit", paramLabel = "N", description = "Hits to show (default: ${DEFAULT-VALUE}).")
  int limit = SearchRequest.DEFAULT_LIMIT;

  @Option(names = "--offset", paramLabel = "N", description = "Hits to skip (default: ${DEFAULT-VALUE}).")
  int offset;

  @Option(names = "--json", description = "Print the result as JSON: {total, hits, facets}.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    SearchRequest request;
    try {
      request = new SearchRequest(String.join(" ", query),
          clauses ? SearchRequest.Scope.CLAUSES : SearchRequest.Scope.CONTRACTS,
          SearchRequest.Filters.of(category, party, law, type, from, to, minAmount).withTag(tag).withReview(review)
              .withRenewal(renewal, notice),
          SearchRequest.Sort.parse(sort), offset, limit);
    } catch (IllegalArgumentException e) {
      System.err.println("pactum search: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    try (Repository repository = Repository.open(data.folder())) {
      SearchResult result = repository.search(request);
      if (json) {
        System.out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(result));
      } else {
        print(result, request);
      }
      return ExitCodes.OK;
    } catch (InvalidQueryException e) {
      System.err.println("pactum search: " + e.getMessage());
      return ExitCodes.USAGE;
    }
  }

  private static void print(SearchResult result, SearchRequest request) {
    String what = request.scope() == SearchRequest.Scope.CLAUSES ? "clause(s)" : "contract(s)";
    System.out.printf("%d %s%s%n", result.total(), what,
        result.hits().isEmpty() ? "" : ", showing " + (request.offset() + 1) + "-" + (request.offset() + result.hits().size()));
    for (SearchHit hit : result.hits()) {
      System.out.printf("%n%s  (%s)%n", hit.title(), hit.fileName());
      if (hit.clauseId() != null) {
        System.out.printf("  clause %s, page %d: %s%n", hit.clauseId(), hit.page(), String.join(", ", hit.categories()));
        if (hit.deviation() != null) {
          System.out.printf("  %.0f%% different from %s%n", 100 * hit.deviation().deviation(), hit.deviation().standardName());
        }
      } else {
        System.out.printf("  contract %s%n", hit.contractId());
      }
      for (Snippet snippet : hit.snippets()) {
        System.out.printf("  p.%d  %s%n", snippet.page(), marked(snippet));
      }
    }
    for (Map.Entry<String, List<SearchResult.FacetValue>> facet : result.facets().entrySet()) {
      if (!facet.getValue().isEmpty()) {
        System.out.printf("%n%s: %s%n", facet.getKey(), String.join(", ",
            facet.getValue().stream().limit(10).map(v -> v.value() + " (" + v.count() + ")").toList()));
      }
    }
  }

  /** The passage on one line, each match in [brackets]. */
  private static String marked(Snippet snippet) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (Snippet.Match m : snippet.matches()) {
      out.append(snippet.text(), at, m.start()).append('[').append(snippet.text(), m.start(), m.end()).append(']');
      at = m.end();
    }
    return out.append(snippet.text().substring(at)).toString().replaceAll("\\s+", " ").strip();
  }
}
