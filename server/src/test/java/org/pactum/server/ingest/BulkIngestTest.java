package org.pactum.server.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.extractor.analysis.DefaultAnalyzer;
import org.pactum.extractor.model.DocumentStatus;
import org.pactum.extractor.parse.ParseSettings;
import org.pactum.extractor.parse.TikaDocumentParser;
import org.pactum.extractor.testing.Fixtures;
import org.pactum.indexer.Repository;
import org.pactum.indexer.RepositoryVerifier;
import org.pactum.indexer.search.SearchRequest;

/** The hostile fixtures beside the sample contracts: every file gets its status, good ones land. */
class BulkIngestTest {

  @TempDir Path data;

  private final Map<String, IngestResult> results = new ConcurrentHashMap<>();

  private IngestSummary ingest(Repository repository, List<Path> inputs) throws InterruptedException {
    results.clear();
    IngestService service =
        new IngestService(
            repository,
            new TikaDocumentParser(ParseSettings.defaults().withOcr(false)),
            new DefaultAnalyzer(),
            ArchiveLimits.defaults(),
            2);
    return service.ingest(inputs, r -> results.put(r.name(), r));
  }

  private DocumentStatus status(String name) {
    IngestResult r = results.get(name);
    if (r == null) {
      throw new AssertionError(name + " has no result; results: " + results.keySet());
    }
    return r.status();
  }

  @Test
  void hostileFilesGetTheirStatusAndGoodFilesBesideThemLand() throws Exception {
    try (Repository repository = Repository.open(data)) {
      IngestSummary summary = ingest(repository, List.of(Fixtures.hostileFolder(), Fixtures.sampleContracts()));
      String h = "hostile/";
      assertEquals(DocumentStatus.ENCRYPTED, status(h + "encrypted.pdf"));
      assertEquals(DocumentStatus.EMPTY, status(h + "zero-byte.pdf"));
      assertEquals(DocumentStatus.EMPTY, status(h + "blank.txt"));
      assertEquals(DocumentStatus.FAILED, status(h + "truncated.pdf"));
      assertEquals(DocumentStatus.UNSUPPORTED, status(h + "jpeg-named.pdf"));
      assertEquals(DocumentStatus.UNSUPPORTED, status(h + "binary-garbage.bin"));
      assertEquals(DocumentStatus.INDEXED, status(h + "not-a-docx.docx"));
      assertEquals(DocumentStatus.INDEXED, status(h + "contract-with-script.html"));
      assertEquals(DocumentStatus.FAILED, status(h + "zip-bomb.zip!/zeros.dat"));
      assertEquals(DocumentStatus.INDEXED, status(h + "zip-slip.zip!/good.txt"));
      assertEquals(DocumentStatus.FAILED, status(h + "zip-slip.zip!/../../evil.txt"));
      assertEquals(DocumentStatus.INDEXED, status(h + "mixed.zip!/catering-services-agreement.txt"));
      assertEquals(DocumentStatus.DUPLICATE, status(h + "mixed.zip!/encrypted.pdf"));
      assertEquals(DocumentStatus.EMPTY, status(h + "mixed.zip!/attachments/zero-byte.pdf"));
      assertTrue(results.keySet().stream().anyMatch(n -> n.startsWith(h + "nested.zip!/") && results.get(n).status() == DocumentStatus.FAILED));

      // the scanned samples need OCR, which this run has switched off
      for (Path sample : Fixtures.samples()) {
        String name = "sample-contracts/" + sample.getFileName();
        DocumentStatus expected = Fixtures.isScanned(sample) ? DocumentStatus.NEEDS_OCR : DocumentStatus.INDEXED;
        assertEquals(expected, status(name), name + ": " + results.get(name).message());
      }
      assertEquals(IngestSummary.EXIT_SOME_FILES_FAILED, summary.exitCode());
      assertTrue(summary.render().contains("truncated.pdf: corrupt or truncated"), summary.render());
      assertEquals(summary.total(), results.size());

      long stored = results.values().stream().filter(r -> r.status().stored()).count();
      assertEquals(stored, repository.size());
      assertTrue(new RepositoryVerifier(repository).check(false).consistent());
      var snow = repository.search(SearchRequest.of("\"snow removal services agreement\""));
      assertTrue(snow.hits().stream().anyMatch(hit -> hit.fileName().endsWith("zip-slip.zip!/good.txt")), snow.toString());
    }
  }

  @Test
  void theSameFilesAgainAreAllDuplicatesAndChangeNothing() throws Exception {
    try (Repository repository = Repository.open(data)) {
      ingest(repository, List.of(Fixtures.sampleContracts()));
      List<String> before = repository.ids();
      IngestSummary again = ingest(repository, List.of(Fixtures.sampleContracts()));
      assertEquals(Fixtures.samples().size(), again.count(DocumentStatus.DUPLICATE));
      assertEquals(IngestSummary.EXIT_OK, again.exitCode());
      assertEquals(before, repository.ids());
    }
  }

  @Test
  void extractionAnswersForEveryCopyOfAFileWhereARepositoryStoresItOnce(@TempDir Path copies) throws Exception {
    Path sample = Fixtures.sample("03-");
    java.nio.file.Files.copy(sample, copies.resolve("original.txt"));
    java.nio.file.Files.copy(sample, copies.resolve("copy.txt"));
    List<org.pactum.extractor.model.ContractRecord> records = new java.util.concurrent.CopyOnWriteArrayList<>();
    DocumentProcessor extraction = new DocumentProcessor(new TikaDocumentParser(ParseSettings.defaults().withOcr(false)),
        new DefaultAnalyzer(), new StdoutSink(records::add), java.time.Clock.systemUTC());
    SourceExpander expander = new SourceExpander(() -> data.resolve(java.util.UUID.randomUUID().toString()), ArchiveLimits.defaults());
    IngestSummary extracted = new BulkIngest(expander, extraction, 2, () -> {}).run(List.of(copies), r -> {});
    assertEquals(2, extracted.count(DocumentStatus.INDEXED));
    assertEquals(java.util.Set.of("original.txt", "copy.txt"),
        records.stream().map(r -> Path.of(r.fileName()).getFileName().toString()).collect(java.util.stream.Collectors.toSet()));
    assertEquals(records.get(0).title(), records.get(1).title());

    try (Repository repository = Repository.open(data.resolve("repository"))) {
      IngestSummary stored = ingest(repository, List.of(copies));
      assertEquals(1, stored.count(DocumentStatus.INDEXED));
      assertEquals(1, stored.count(DocumentStatus.DUPLICATE));
      assertEquals(1, repository.size());
    }
  }
}
