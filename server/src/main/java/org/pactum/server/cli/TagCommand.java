package org.pactum.server.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.pactum.indexer.Repository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "tag",
    description = {
      "Show, add or remove a contract's tags. Tags are searchable (`search --tag`), counted in the facets",
      "and exported; they belong to the team and outlive re-extraction."
    },
    mixinStandardHelpOptions = true,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done (the tags are printed, one a line)", "2:no such contract, or a malformed tag", "3:the repository could not be opened"})
final class TagCommand implements Callable<Integer> {

  @Mixin DataOption data;

  @Parameters(paramLabel = "ID", description = "The contract's id.")
  String id;

  @Option(names = "--add", paramLabel = "TAG", description = "A tag to add; repeat for more.")
  List<String> add = List.of();

  @Option(names = "--remove", paramLabel = "TAG", description = "A tag to remove (case is ignored); repeat for more.")
  List<String> remove = List.of();

  @Override
  public Integer call() throws Exception {
    try (Repository repository = Repository.open(data.folder())) {
      if (repository.get(id).isEmpty()) {
        System.err.println("pactum tag: no document with id " + id);
        return ExitCodes.USAGE;
      }
      List<String> tags = new ArrayList<>(repository.tags(id));
      if (!add.isEmpty() || !remove.isEmpty()) {
        tags.removeIf(t -> remove.stream().anyMatch(r -> r.strip().equalsIgnoreCase(t)));
        tags.addAll(add);
        Optional<List<String>> stored = repository.setTags(id, tags);
        tags = new ArrayList<>(stored.orElse(List.of()));
      }
      tags.forEach(System.out::println);
      return ExitCodes.OK;
    } catch (IllegalArgumentException e) {
      System.err.println("pactum tag: " + e.getMessage());
      return ExitCodes.USAGE;
    }
  }
}
