package org.pactum.server.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.extractor.model.ContractRecord;
import org.pactum.extractor.testing.Fixtures;
import org.pactum.indexer.Repository;
import org.pactum.indexer.RepositoryVerifier;
import org.pactum.indexer.search.SearchRequest;
import org.pactum.server.cli.PactumProcess;

/**
 * Kills a real ingest process with SIGKILL part-way through, then checks that everything it
 * reported done survived whole, and that a rerun finishes the rest without duplicates.
 */
class KillDuringIngestIT {

  private static final int GENERATED = 150;
  private static final int KILL_AFTER = 25;

  @TempDir Path work;

  @Test
  void aKillLosesNothingReportedDoneAndARerunFinishesTheRest() throws Exception {
    Path inbox = Files.createDirectories(work.resolve("inbox"));
    for (int i = 0; i < GENERATED; i++) {
      Files.writeString(
          inbox.resolve(String.format("contract-%03d.txt", i)),
          "SERVICES AGREEMENT No. " + i + "\nThe Supplier shall deliver " + (i * 7 + 3)
              + " units of item " + Integer.toHexString(i * 7919) + " every month.\n");
    }
    for (Path sample : Fixtures.samples()) {
      if (!Fixtures.isScanned(sample)) {
        Files.copy(sample, inbox.resolve(sample.getFileName()));
      }
    }
    long files;
    try (var list = Files.list(inbox)) {
      files = list.count();
    }
    Path data = work.resolve("data");

    Process ingest = PactumProcess.start(data, "ingest", inbox.toString(), "--progress", "never", "--no-ocr", "--threads", "2");
    Set<String> reportedDone = new HashSet<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(ingest.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while (reportedDone.size() < KILL_AFTER && (line = out.readLine()) != null) {
        if (line.startsWith("indexed ")) {
          reportedDone.add(idOf(line));
        }
      }
      ingest.destroyForcibly(); // SIGKILL: no shutdown hooks, no closing of files
      assertTrue(ingest.waitFor(30, TimeUnit.SECONDS));
    }
    assertEquals(KILL_AFTER, reportedDone.size(), "the ingest ended before it could be killed");

    try (Repository repository = Repository.open(data)) {
      for (String id : reportedDone) {
        ContractRecord record = repository.get(id).orElseThrow(() -> new AssertionError("lost " + id));
        assertTrue(repository.blobs().contains(record.sha256()));
      }
      assertTrue(repository.size() < files, "the kill came too late to prove anything");
    }

    Process rerun = PactumProcess.start(data, "ingest", inbox.toString(), "--progress", "never", "--no-ocr");
    List<String> lines = new ArrayList<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(rerun.getInputStream(), StandardCharsets.UTF_8))) {
      out.lines().forEach(lines::add);
    }
    assertTrue(rerun.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, rerun.exitValue(), String.join("\n", lines));
    long duplicates = lines.stream().filter(l -> l.startsWith("duplicate ")).count();
    long indexed = lines.stream().filter(l -> l.startsWith("indexed ")).count();
    assertEquals(files, duplicates + indexed, String.join("\n", lines));
    assertTrue(duplicates >= KILL_AFTER);

    try (Repository repository = Repository.open(data)) {
      assertEquals(files, repository.size(), "every file stored exactly once");
      assertEquals(files, repository.index().count());
      assertTrue(new RepositoryVerifier(repository).check(false).consistent());
      assertEquals(1, repository.search(SearchRequest.of("\"services agreement no. 77\"")).total());
    }

    Process verify = PactumProcess.start(data, "verify");
    String report = new String(verify.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(verify.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, verify.exitValue(), report);
    assertTrue(report.contains("consistent"), report);
  }

  private static String idOf(String line) {
    int at = line.indexOf("id=");
    return line.substring(at + 3, at + 19);
  }
}
