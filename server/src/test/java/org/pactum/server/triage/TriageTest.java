package org.pactum.server.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.extractor.analysis.DefaultAnalyzer;
import org.pactum.extractor.parse.OcrEngine;
import org.pactum.extractor.parse.ParseSettings;
import org.pactum.extractor.parse.TikaDocumentParser;
import org.pactum.extractor.testing.Fixtures;
import org.pactum.indexer.Repository;
import org.pactum.server.ingest.ArchiveLimits;
import org.pactum.server.ingest.IngestService;
import org.pactum.server.ingest.IngestSummary;
import org.pactum.server.ingest.RunLog;

/** A legacy dump's triage (sample contracts and hostile fixtures): failures with reasons, an exact copy, a draft beside its signed copy, and a poor scan listed first. */
class TriageTest {

  @TempDir Path work;

  @Test
  void aRunsReportListsFailuresDuplicatesNearDuplicatesWithTheirChangesAndOcrQuality() throws Exception {
    Path dump = Files.createDirectories(work.resolve("dump"));
    // the sample contracts hold a draft of the employment agreement and a poor scan of the lease
    Files.copy(Fixtures.sample("28-"), dump.resolve("employment-draft.docx"));
    Files.copy(Fixtures.sample("09-"), dump.resolve("employment-signed.txt"));
    Files.copy(Fixtures.sample("03-"), dump.resolve("nda.txt"));
    Files.copy(Fixtures.sample("03-"), dump.resolve("nda (copy).txt"));
    Files.copy(Fixtures.hostile("truncated.pdf"), dump.resolve("truncated.pdf"));
    Files.copy(Fixtures.hostile("blank.txt"), dump.resolve("<b>blank.txt"));
    boolean ocr = OcrEngine.available();
    if (ocr) {
      Files.copy(Fixtures.sample("10-"), dump.resolve("lease-scan.pdf"));
      Files.copy(Fixtures.sample("29-"), dump.resolve("lease-poor-scan.pdf"));
    }

    try (Repository repository = Repository.open(work.resolve("data"))) {
      IngestService service = new IngestService(repository, new TikaDocumentParser(ParseSettings.defaults().withOcr(ocr)),
          new DefaultAnalyzer(), ArchiveLimits.defaults(), 1);
      IngestSummary summary = service.ingest(List.of(dump), r -> {});
      assertEquals(List.of(summary.run()), RunLog.runs(RunLog.folderOf(repository.root())), "the run is logged under its name");
      TriageReport report = Triage.of(repository, summary.run(), RunLog.read(RunLog.folderOf(repository.root()), summary.run()).orElseThrow());

      assertEquals(ocr ? 8 : 6, report.files());
      assertEquals(List.of("dump/<b>blank.txt", "dump/truncated.pdf"),
          report.failures().stream().map(TriageReport.Failure::name).sorted().toList(), report.failures().toString());
      assertTrue(report.failures().stream().allMatch(f -> f.reason() != null && !f.reason().isBlank()), report.failures().toString());
      assertEquals(1, report.duplicates().size(), report.duplicates().toString());
      assertTrue(report.duplicates().get(0).storedAs().startsWith("dump/nda"), report.duplicates().toString());

      TriageReport.NearDuplicateGroup employment = report.nearDuplicates().stream()
          .filter(g -> g.members().stream().anyMatch(m -> m.fileName().endsWith("employment-signed.txt"))).findFirst().orElseThrow();
      assertEquals(2, employment.members().size(), employment.toString());
      assertTrue(employment.changes().stream().anyMatch(c -> (c.removed() + c.added()).contains("sixty")
          && (c.removed() + c.added()).contains("thirty")), "the changed notice is shown: " + employment.changes());
      assertTrue(employment.changes().stream().anyMatch(c -> c.before().endsWith("base salary of USD $")
          && (c.removed() + c.added()).contains("165") && (c.removed() + c.added()).contains("155")), "the changed salary is shown: " + employment.changes());
      assertTrue(employment.changes().stream().anyMatch(c -> (c.removed() + c.added()).contains("DRAFT")), employment.changes().toString());

      if (ocr) {
        assertEquals(2, report.ocr().size(), report.ocr().toString());
        assertTrue(report.ocr().get(0).fileName().endsWith("lease-poor-scan.pdf"), "the poor scan first: " + report.ocr());
        assertTrue(report.ocr().get(0).quality().score() < report.ocr().get(1).quality().score());
      }

      String html = TriageHtml.write(report);
      assertTrue(html.contains("&lt;b&gt;blank.txt"), "names are escaped");
      assertFalse(html.contains("<b>blank"), "no markup from a file name");
      assertTrue(Pattern.compile("<del>[^<]*(thirty|sixty)[^<]*</del> <ins>[^<]*(sixty|thirty)[^<]*</ins>").matcher(html).find(),
          "the changed notice is marked as removed and added: " + html);
    }
  }
}
