package org.pactum.server.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.pactum.extractor.analysis.DefaultAnalyzer;
import org.pactum.indexer.Repository;
import org.pactum.server.ingest.ArchiveLimits;
import org.pactum.server.ingest.IngestListener;
import org.pactum.server.ingest.IngestService;
import org.pactum.server.ingest.IngestSummary;
import org.pactum.server.ingest.LogLineListener;
import org.pactum.server.ingest.ProgressBarListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "ingest",
    description = {
      "Store, parse and index files, folders (recursively) and .zip archives.",
      "Every file ends with a status: indexed, duplicate, needs-ocr, encrypted, unsupported, empty or failed: <reason>."
    },
    mixinStandardHelpOptions = true,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every file was indexed or already stored", "1:some files did not make it (listed at the end)", "2:bad arguments", "3:the repository could not be opened"})
final class IngestCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders or .zip archives.")
  List<Path> paths;

  @Mixin DataOption data;
  @Mixin ParseOptions parse;

  @Option(names = "--progress", description = "Show a progress bar (auto: when on a terminal; always; never).", defaultValue = "auto")
  String progress;

  @Override
  public Integer call() throws Exception {
    try (Repository repository = Repository.open(data.folder());
        ParseOptions.Handle parser = parse.open(repository.root().resolve("parse-workers.log"))) {
      IngestService service =
          new IngestService(repository, parser.parser(), new DefaultAnalyzer(), ArchiveLimits.defaults(), parse.threads);
      IngestListener listener = Terminal.wantsProgressBar(progress) ? new ProgressBarListener() : new LogLineListener(System.out);
      IngestSummary summary = service.ingest(paths, listener);
      System.out.print(summary.render());
      if (summary.run() != null) {
        System.out.println("Triage report: pactum triage --run " + summary.run());
      }
      System.out.flush();
      return summary.exitCode();
    }
  }
}
