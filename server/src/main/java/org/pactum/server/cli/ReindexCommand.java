package org.pactum.server.cli;

import java.util.concurrent.Callable;
import org.pactum.indexer.Repository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "reindex",
    description = "Throw the search index away and rebuild it from the stored records.",
    mixinStandardHelpOptions = true)
final class ReindexCommand implements Callable<Integer> {

  @Mixin DataOption data;

  @Override
  public Integer call() throws Exception {
    long started = System.nanoTime();
    try (Repository repository = Repository.open(data.folder())) {
      int n = repository.reindex();
      System.out.printf("reindexed %d document%s in %.1f s%n", n, n == 1 ? "" : "s", (System.nanoTime() - started) / 1e9);
    }
    return ExitCodes.OK;
  }
}
