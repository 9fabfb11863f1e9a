package org.pactum.server.cli;

import java.util.concurrent.Callable;
import org.pactum.extractor.analysis.DefaultAnalyzer;
import org.pactum.indexer.Repository;
import org.pactum.server.ingest.Reextraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "reextract",
    description = "Run extraction again over the stored documents' text, without parsing the files again, so that values"
        + " this version reads and an older one did not (a venue, a notice to terminate, what a sum is for) appear in"
        + " documents ingested before. Corrections, notes and tags are kept. Stop the server first: it holds the"
        + " repository.",
    mixinStandardHelpOptions = true)
final class ReextractCommand implements Callable<Integer> {

  /** How often a progress line is printed. */
  private static final int EVERY = 100;

  @Mixin DataOption data;

  @Override
  public Integer call() throws Exception {
    long started = System.nanoTime();
    try (Repository repository = Repository.open(data.folder())) {
      Reextraction.Result result = new Reextraction(new DefaultAnalyzer()).run(repository, done -> {
        if (done % EVERY == 0) {
          System.out.printf("%d documents re-extracted%n", done);
        }
      });
      System.out.printf("re-extracted %d document%s in %.1f s; %d without text left as they were%n", result.reextracted(),
          result.reextracted() == 1 ? "" : "s", (System.nanoTime() - started) / 1e9, result.skipped());
    }
    return ExitCodes.OK;
  }
}
