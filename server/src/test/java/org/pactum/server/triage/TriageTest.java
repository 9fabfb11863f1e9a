package org.pactum.server.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
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

/** A legacy dump's triage: failures with reasons, an exact copy, a signed copy of a draft, and a poor scan listed first. */
class TriageTest {

  @TempDir Path work;

  @Test
  void aRunsReportListsFailuresDuplicatesNearDuplicatesWithTheirChangesAndOcrQuality() throws Exception {
    Path dump = Files.createDirectories(work.resolve("dump"));
    String draft = Files.readString(Fixtures.sample("09-"));
    Files.writeString(dump.resolve("employment-draft.txt"), draft);
    // the signed copy: one term changed and a signature line added
    Files.writeString(dump.resolve("employment-signed.txt"), draft.replace("thirty (30)", "forty-five (45)")
        + "\nSigned by both parties on the last date written below.\n");
    Files.copy(Fixtures.sample("03-"), dump.resolve("nda.txt"));
    Files.copy(Fixtures.sample("03-"), dump.resolve("nda (copy).txt"));
    Files.copy(Fixtures.hostile("truncated.pdf"), dump.resolve("truncated.pdf"));
    Files.copy(Fixtures.hostile("blank.txt"), dump.resolve("<b>blank.txt"));
    boolean ocr = OcrEngine.available();
    if (ocr) {
      Files.copy(Fixtures.sample("10-"), dump.resolve("lease-scan.pdf"));
      poorScan(Fixtures.sample("10-"), dump.resolve("lease-poor-scan.pdf"));
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
      assertTrue(employment.changes().stream().anyMatch(c -> (c.removed() + c.added()).contains("forty-five")
          && (c.removed() + c.added()).contains("thirty")), "the changed term is shown: " + employment.changes());
      assertTrue(employment.changes().stream().anyMatch(c -> c.removed().contains("Signed by both") || c.added().contains("Signed by both")));

      if (ocr) {
        assertEquals(2, report.ocr().size(), report.ocr().toString());
        assertTrue(report.ocr().get(0).fileName().endsWith("lease-poor-scan.pdf"), "the poor scan first: " + report.ocr());
        assertTrue(report.ocr().get(0).quality().score() < report.ocr().get(1).quality().score());
      }

      String html = TriageHtml.write(report);
      assertTrue(html.contains("&lt;b&gt;blank.txt"), "names are escaped");
      assertFalse(html.contains("<b>blank"), "no markup from a file name");
      assertTrue(html.contains("<del>thirty</del>") || html.contains("<ins>thirty</ins>") || html.contains("thirty"), html);
    }
  }

  /** The scan again at a third of its resolution with speckle on it: the kind of copy a legacy dump holds. */
  private static void poorScan(Path scan, Path out) throws Exception {
    try (PDDocument source = Loader.loadPDF(scan.toFile()); PDDocument poor = new PDDocument()) {
      PDFRenderer renderer = new PDFRenderer(source);
      Random speckle = new Random(7);
      for (int p = 0; p < source.getNumberOfPages(); p++) {
        BufferedImage image = renderer.renderImageWithDPI(p, 100, ImageType.GRAY);
        for (int i = 0; i < image.getWidth() * image.getHeight() / 12; i++) {
          image.setRGB(speckle.nextInt(image.getWidth()), speckle.nextInt(image.getHeight()), speckle.nextBoolean() ? 0 : 0xFFFFFF);
        }
        PDPage page = new PDPage(source.getPage(p).getMediaBox());
        poor.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(poor, page)) {
          cs.drawImage(LosslessFactory.createFromImage(poor, image), 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
        }
      }
      poor.save(out.toFile());
    }
  }
}
