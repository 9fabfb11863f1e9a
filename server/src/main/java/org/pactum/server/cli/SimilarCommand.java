package org.pactum.server.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.pactum.extractor.model.Json;
import org.pactum.indexer.Repository;
import org.pactum.indexer.search.SimilarClause;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "similar",
    description = {
      "The clauses of other contracts worded most like a clause, best first, with a score and a similarity",
      "from 0 to 1 (1: as close as the clause is to itself). Clause ids come from `search --clauses`."
    },
    mixinStandardHelpOptions = true,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:listed", "2:no such clause", "3:the repository could not be opened"})
final class SimilarCommand implements Callable<Integer> {

  @Mixin DataOption data;

  @Parameters(paramLabel = "CLAUSE_ID", description = "The clause: contractId:start-end.")
  String clauseId;

  @Option(names = "--limit", paramLabel = "N", description = "Clauses to show (default: ${DEFAULT-VALUE}).")
  int limit = 10;

  @Option(names = "--any-category", description = "Also clauses that share no category with this one.")
  boolean anyCategory;

  @Option(names = "--json", description = "Print the clauses as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    try (Repository repository = Repository.open(data.folder())) {
      Optional<List<SimilarClause>> similar = repository.index().similar(clauseId, limit, !anyCategory);
      if (similar.isEmpty()) {
        System.err.println("pactum similar: no clause with id " + clauseId + " (ids come from `pactum search --clauses`)");
        return ExitCodes.USAGE;
      }
      if (json) {
        System.out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(similar.get()));
        return ExitCodes.OK;
      }
      System.out.printf("%d similar clause(s)%n", similar.get().size());
      for (SimilarClause s : similar.get()) {
        System.out.printf("%n%.2f  %s  (%s, page %d)%n  clause %s: %s%n  %s%n", s.similarity(), s.clause().contractTitle(),
            s.clause().fileName(), s.clause().page(), s.clause().clauseId(), String.join(", ", s.clause().categories()),
            Texts.oneLine(s.clause().text(), 240));
      }
      return ExitCodes.OK;
    }
  }
}
