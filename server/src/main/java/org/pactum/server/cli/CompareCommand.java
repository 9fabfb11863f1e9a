package org.pactum.server.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.pactum.extractor.model.Json;
import org.pactum.indexer.Repository;
import org.pactum.indexer.compare.Comparison;
import org.pactum.indexer.compare.Passage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "compare",
    description = {
      "Two or more clauses side by side: each after the first is diffed word by word against the first,",
      "removed words in [-brackets-], added ones in {+braces+}, with the share of words in common.",
      "An id is a clause id (from `search --clauses`) or a standard clause's id (from `library list`)."
    },
    mixinStandardHelpOptions = true,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:compared", "2:fewer than two ids, or an id that names nothing", "3:the repository could not be opened"})
final class CompareCommand implements Callable<Integer> {

  @Mixin DataOption data;

  @Parameters(paramLabel = "ID", arity = "2..*", description = "The clauses; the first is the base.")
  List<String> ids;

  @Option(names = "--json", description = "Print the comparison as JSON: {base, others:[{passage, difference}]}.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    try (Repository repository = Repository.open(data.folder())) {
      List<Passage> passages = new ArrayList<>();
      for (String id : ids) {
        Optional<Passage> passage = repository.passage(id);
        if (passage.isEmpty()) {
          System.err.println("pactum compare: no clause with id " + id);
          return ExitCodes.USAGE;
        }
        passages.add(passage.get());
      }
      Comparison comparison = Comparison.of(passages);
      if (json) {
        System.out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(comparison));
        return ExitCodes.OK;
      }
      Passage base = comparison.base();
      System.out.printf("base: %s  (%s)%n  %s%n", base.label(), base.id(), Texts.oneLine(base.text(), 2000));
      for (Comparison.Against against : comparison.others()) {
        System.out.printf("%n%.0f%% the same words: %s  (%s)%n  %s%n", 100 * against.difference().similarity(),
            against.passage().label(), against.passage().id(), Texts.wordDiff(against.difference()));
      }
      return ExitCodes.OK;
    }
  }
}
