package org.pactum.server.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.pactum.extractor.model.Json;
import org.pactum.indexer.Repository;
import org.pactum.server.ingest.IngestResult;
import org.pactum.server.ingest.RunLog;
import org.pactum.server.triage.Triage;
import org.pactum.server.triage.TriageHtml;
import org.pactum.server.triage.TriageReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "triage",
    description = {
      "The triage report of an ingest run (the latest unless --run): every file that did not make it and why,",
      "files already stored, near-duplicates with the passages that differ, OCRed documents least readable first."
    },
    mixinStandardHelpOptions = true,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "2:no such run, or no run yet", "3:the repository could not be opened"})
final class TriageCommand implements Callable<Integer> {

  @Mixin DataOption data;

  @Option(names = "--run", paramLabel = "RUN", description = "The run, as `--list` shows it (default: the latest).")
  String run;

  @Option(names = "--list", description = "List the runs, newest first.")
  boolean list;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text, json or html (default: ${DEFAULT-VALUE}).", defaultValue = "text")
  String format;

  @Override
  public Integer call() throws Exception {
    try (Repository repository = Repository.open(data.folder())) {
      var runs = RunLog.folderOf(repository.root());
      if (list) {
        RunLog.runs(runs).forEach(System.out::println);
        return ExitCodes.OK;
      }
      String chosen = RunLog.chosen(runs, run).orElse(null);
      List<IngestResult> results = chosen == null ? null : RunLog.read(runs, chosen).orElse(null);
      if (results == null) {
        System.err.println("pactum triage: " + (chosen == null ? "no ingest run yet" : "no run " + chosen + "; see `pactum triage --list`"));
        return ExitCodes.USAGE;
      }
      TriageReport report = Triage.of(repository, chosen, results);
      switch (format.toLowerCase(Locale.ROOT)) {
        case "json" -> System.out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report));
        case "html" -> System.out.print(TriageHtml.write(report));
        case "text" -> printText(report);
        default -> {
          System.err.println("pactum triage: --format is text, json or html: " + format);
          return ExitCodes.USAGE;
        }
      }
      return ExitCodes.OK;
    }
  }

  private static void printText(TriageReport r) {
    System.out.printf("run %s: %d file(s) %s%n", r.run(), r.files(), r.statuses());
    System.out.printf("%ndid not make it (%d)%n", r.failures().size());
    r.failures().forEach(f -> System.out.printf("  %-10s %s%s%n", f.status().split(":")[0], f.name(), f.reason() == null ? "" : ": " + f.reason()));
    System.out.printf("%nalready stored (%d)%n", r.duplicates().size());
    r.duplicates().forEach(d -> System.out.printf("  %s = %s%n", d.name(), d.storedAs()));
    System.out.printf("%nnear-duplicates (%d group(s))%n", r.nearDuplicates().size());
    for (TriageReport.NearDuplicateGroup g : r.nearDuplicates()) {
      g.members().forEach(m -> System.out.printf("  %3d%%  %s  (%s)%n", Math.round(100 * m.likeness()), m.fileName(), m.id()));
      g.changes().forEach(c -> System.out.printf("        …%s [-%s-] {+%s+} %s…%n", c.before(), c.removed(), c.added(), c.after()));
    }
    System.out.printf("%nOCR quality, least readable first (%d)%n", r.ocr().size());
    r.ocr().forEach(d -> System.out.printf(Locale.ROOT, "  %.2f  %s  (%d of %d pages OCRed, %d%% known words, %d%% debris)%n",
        d.quality().score(), d.fileName(), d.ocrPages(), d.pages(), Math.round(100 * d.quality().knownShare()),
        Math.round(100 * d.quality().garbageShare())));
  }
}
