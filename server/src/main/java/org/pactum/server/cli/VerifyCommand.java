package org.pactum.server.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.pactum.extractor.analysis.DefaultAnalyzer;
import org.pactum.indexer.Repository;
import org.pactum.indexer.RepositoryVerifier;
import org.pactum.indexer.VerifyReport;
import org.pactum.server.ingest.ArchiveLimits;
import org.pactum.server.ingest.IngestService;
import org.pactum.server.ingest.IngestSummary;
import org.pactum.server.ingest.LogLineListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "verify",
    description = {
      "Check stored originals, records and the search index against each other.",
      "With --repair: index what the index lacks, drop index entries without a record, and parse again",
      "originals whose record was lost."
    },
    mixinStandardHelpOptions = true,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:consistent (after repair, when asked)", "1:problems remain", "3:the repository could not be opened"})
final class VerifyCommand implements Callable<Integer> {

  @Mixin DataOption data;
  @Mixin ParseOptions parse;

  @Option(names = "--repair", description = "Fix what can be fixed.")
  boolean repair;

  @Override
  public Integer call() throws Exception {
    try (Repository repository = Repository.open(data.folder())) {
      Repository.Reconciliation opened = repository.reconciliation();
      if (opened.added() + opened.removed() + opened.leftoversRemoved() > 0) {
        System.out.printf(
            "on opening: indexed %d record(s) the index lacked, removed %d stale entr(ies), cleared %d half-written file(s)%n",
            opened.added(), opened.removed(), opened.leftoversRemoved());
      }
      VerifyReport report = new RepositoryVerifier(repository).check(repair);
      List<String> reingest = report.shasToReingest();
      if (repair && !reingest.isEmpty()) {
        try (ParseOptions.Handle parser = parse.open(repository.root().resolve("parse-workers.log"))) {
          IngestService service =
              new IngestService(repository, parser.parser(), new DefaultAnalyzer(), ArchiveLimits.defaults(), parse.threads);
          List<Path> originals = reingest.stream().map(sha -> repository.blobs().pathOf(sha)).toList();
          IngestSummary summary = service.ingest(originals, new LogLineListener(System.out));
          System.out.print(summary.render());
        }
        report = new RepositoryVerifier(repository).check(false);
      }
      System.out.printf("records: %d, originals: %d, indexed: %d%n", report.records(), report.blobs(), report.indexed());
      for (VerifyReport.Problem p : report.problems()) {
        System.out.printf("  %s %s %s: %s%n", p.repaired() ? "repaired" : "PROBLEM ", p.kind(), p.id(), p.message());
      }
      System.out.println(report.consistent() ? "consistent" : "inconsistent: run `pactum verify --repair`");
      return report.consistent() ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }
  }
}
