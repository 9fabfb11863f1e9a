package org.pactum.server.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.extractor.analysis.DefaultAnalyzer;
import org.pactum.extractor.model.ContractRecord;
import org.pactum.extractor.model.DocumentStatus;
import org.pactum.extractor.parse.IsolatedParser;
import org.pactum.extractor.parse.ParseSettings;
import org.pactum.extractor.testing.Fixtures;
import org.pactum.indexer.Repository;
import org.pactum.indexer.RepositoryVerifier;
import org.pactum.indexer.search.SearchRequest;
import org.pactum.server.ingest.ArchiveLimits;
import org.pactum.server.ingest.IngestResult;
import org.pactum.server.ingest.IngestService;

/**
 * Some eighty hostile files (the generated {@link HostileCorpus} and the hand-made fixtures) go
 * through the ingest exactly as {@code pactum ingest} runs it: parsed in worker JVMs with their own
 * memory and time limits, OCR on where Tesseract is installed. Each must end with a status it may
 * honestly have, within its time limit; the ingesting process must stay up with its heap bounded, leak
 * nothing secret from the machine, and go on to ingest a good contract afterwards.
 */
class HostileInputsIT {

  private static final Duration TIME_LIMIT = Duration.ofSeconds(60);
  private static final long HEAP_GROWTH_LIMIT = 256L * 1024 * 1024;

  @TempDir Path work;

  @Test
  @Timeout(value = 20, unit = TimeUnit.MINUTES)
  void everyHostileFileEndsWithAnHonestStatusInTimeAndTheProcessCarriesOn() throws Exception {
    Path inbox = Files.createDirectories(work.resolve("inbox"));
    List<Hostile> corpus = HostileCorpus.writeInto(inbox);
    assertTrue(corpus.size() >= 50, "hostile files made: " + corpus.size());

    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long heapBefore = usedAfterGc(memory);
    Map<String, IngestResult> results = new ConcurrentHashMap<>();
    ParseSettings settings = ParseSettings.defaults().withTimeout(TIME_LIMIT);
    try (Repository repository = Repository.open(work.resolve("data"));
        IsolatedParser parser = new IsolatedParser(settings, new IsolatedParser.Pool(2, IsolatedParser.Pool.DEFAULT_HEAP, 500, null))) {
      IngestService service = new IngestService(repository, parser, new DefaultAnalyzer(), ArchiveLimits.defaults(), 2);
      service.ingest(List.of(inbox, Fixtures.hostileFolder()), r -> results.put(r.name(), r));

      List<String> problems = new ArrayList<>();
      for (Hostile h : corpus) {
        List<IngestResult> mine = results.values().stream()
            .filter(r -> r.name().equals("inbox/" + h.name()) || r.name().startsWith("inbox/" + h.name() + "!/")).toList();
        if (mine.isEmpty()) {
          problems.add(h.name() + " (" + h.what() + "): no status at all");
        }
        for (IngestResult r : mine) {
          if (!HostileCorpus.allows(h, r.status())) {
            problems.add(r.name() + " (" + h.what() + "): " + r.statusText() + ", expected one of " + h.allowed());
          }
          if (r.status() != DocumentStatus.INDEXED && (r.message() == null || r.message().isBlank())) {
            problems.add(r.name() + ": " + r.status().label() + " without a reason");
          }
          if (r.elapsed().compareTo(TIME_LIMIT.plusSeconds(30)) > 0) {
            problems.add(r.name() + ": took " + r.elapsed().toSeconds() + " s, over its limit of " + TIME_LIMIT.toSeconds() + " s");
          }
        }
      }
      assertTrue(problems.isEmpty(), String.join("\n", problems));

      // what the files tried: reading the machine's secrets, expanding entities, lying about pages
      for (String id : repository.ids()) {
        ContractRecord record = repository.get(id).orElseThrow();
        assertFalse(record.text().contains("root:x:0:0"), record.fileName() + " holds the machine's /etc/passwd");
        assertFalse(record.text().contains("lollollol"), record.fileName() + " holds an expanded entity");
        if (record.fileName().endsWith("ten-thousand-pages.pdf")) {
          assertEquals(10_000, record.pages().pageCount(), "every page of the 10,000 is kept");
        }
      }
      assertEquals(DocumentStatus.INDEXED, results.get("inbox/control.docx").status(),
          "the hostile packages are made like this one, which reads: " + results.get("inbox/control.docx").statusText());
      assertEquals(1, repository.search(SearchRequest.of("הספק")).total(), "right-to-left text is searchable");
      try (Stream<Path> outside = Files.walk(work)) {
        assertFalse(outside.anyMatch(p -> p.getFileName().toString().startsWith("evil")), "nothing is written outside the staging folder");
      }

      // the process carries on: memory back down, a good contract still lands and the repository holds together
      long heapGrowth = usedAfterGc(memory) - heapBefore;
      assertTrue(heapGrowth < HEAP_GROWTH_LIMIT, "heap grew by " + heapGrowth / (1024 * 1024) + " MB");
      Path good = Files.writeString(work.resolve("after.txt"), "CLEANING SERVICES AGREEMENT\n\nThe Contractor shall clean"
          + " the offices nightly. This Agreement is governed by the laws of the State of Oregon.\n");
      List<IngestResult> after = new ArrayList<>();
      service.ingest(List.of(good), after::add);
      assertEquals(DocumentStatus.INDEXED, after.get(0).status(), after.toString());
      assertEquals(1, repository.search(SearchRequest.of("\"cleaning services agreement\"")).total());
      assertTrue(new RepositoryVerifier(repository).check(false).consistent());
    }
  }

  private static long usedAfterGc(MemoryMXBean memory) throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
