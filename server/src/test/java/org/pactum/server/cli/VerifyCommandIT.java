package org.pactum.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.extractor.testing.Fixtures;

/** `pactum verify` finds a record lost after its original was stored, and `--repair` rebuilds it. */
class VerifyCommandIT {

  @TempDir Path data;

  private static String run(Process p, int expectedExit) throws Exception {
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    assertEquals(expectedExit, p.exitValue(), out);
    return out;
  }

  @Test
  void repairParsesAgainAnOriginalWhoseRecordWasLost() throws Exception {
    run(PactumProcess.start(data, "ingest", Fixtures.sample("03-").toString(), "--no-ocr", "--progress", "never"), ExitCodes.OK);
    Path record;
    try (var records = Files.list(data.resolve("records"))) {
      record = records.findFirst().orElseThrow();
    }
    Files.delete(record); // as if the process died between storing the original and writing the record

    String found = run(PactumProcess.start(data, "verify"), ExitCodes.SOME_FAILED);
    assertTrue(found.contains("ORIGINAL_WITHOUT_RECORD"), found);

    String repaired = run(PactumProcess.start(data, "verify", "--repair", "--no-ocr"), ExitCodes.OK);
    assertTrue(repaired.contains("consistent"), repaired);
    assertTrue(Files.isRegularFile(record), "the record is back");
  }
}
