package org.pactum.server.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.extractor.model.DocumentStatus;
import org.pactum.extractor.testing.Fixtures;

class SourceExpanderTest {

  @TempDir Path staging;
  /** Where a test writes the files it hands in, apart from the staging folder it counts. */
  @TempDir Path sources;

  private final List<Candidate> candidates = new ArrayList<>();
  private final List<IngestResult> refused = new ArrayList<>();

  private void expand(Path... inputs) throws InterruptedException {
    SourceExpander expander =
        new SourceExpander(() -> staging.resolve(UUID.randomUUID().toString()), ArchiveLimits.defaults());
    expander.expand(
        List.of(inputs),
        new SourceExpander.Receiver() {
          @Override
          public void candidate(Candidate candidate) {
            candidates.add(candidate);
          }

          @Override
          public void refused(IngestResult result) {
            refused.add(result);
          }
        });
  }

  private IngestResult refusal(String nameEnd) {
    return refused.stream().filter(r -> r.name().endsWith(nameEnd)).findFirst().orElseThrow(() -> new AssertionError(nameEnd + " not refused: " + refused));
  }

  @Test
  void zipSlipEntriesAreRefusedAndTheGoodOneLands() throws Exception {
    expand(Fixtures.hostile("zip-slip.zip"));
    assertEquals(List.of("good.txt"), candidates.stream().map(c -> c.name().substring(c.name().indexOf("!/") + 2)).toList());
    assertTrue(refusal("../../evil.txt").message().contains("parent-folder path"));
    assertTrue(refusal("/etc/evil.txt").message().contains("absolute path"));
    assertEquals(DocumentStatus.FAILED, refusal("/etc/evil.txt").status());
  }

  @Test
  void aZipBombStopsEarlyWithoutFillingTheDisk() throws Exception {
    expand(Fixtures.hostile("zip-bomb.zip"));
    assertTrue(candidates.isEmpty());
    assertTrue(refusal("zeros.dat").message().startsWith("zip bomb"), refused.toString());
    assertEquals(0, stagedBytes(), "a refused entry leaves nothing staged");
  }

  @Test
  void nestingPastTheLimitIsRefused() throws Exception {
    expand(Fixtures.hostile("nested.zip"));
    assertTrue(candidates.isEmpty());
    IngestResult deep = refused.get(0);
    assertTrue(deep.message().contains("nested more than " + ArchiveLimits.DEFAULT_MAX_DEPTH), deep.message());
    assertEquals(ArchiveLimits.DEFAULT_MAX_DEPTH, deep.name().split("!/").length - 1);
    assertEquals(0, stagedBytes());
  }

  @Test
  void foldersAreWalkedAndIgnoreFilesHonoured() throws Exception {
    expand(Fixtures.sampleContracts());
    assertEquals(Fixtures.samples().size(), candidates.size());
    assertTrue(candidates.stream().noneMatch(c -> c.name().endsWith(".json")));
    assertTrue(refused.isEmpty());
  }

  @Test
  void aMissingPathIsReported() throws Exception {
    expand(staging.resolve("no-such-folder"));
    assertEquals("no such file or folder", refused.get(0).message());
  }

  @Test
  void tooLargeFilesAreRefusedWhileCopying() throws Exception {
    Path big = Files.writeString(sources.resolve("big.txt"), "x".repeat(5000));
    SourceExpander small =
        new SourceExpander(() -> staging.resolve(UUID.randomUUID().toString()), ArchiveLimits.defaults().withMaxFileBytes(1000));
    small.expand(List.of(big), new SourceExpander.Receiver() {
      @Override public void candidate(Candidate c) { candidates.add(c); }
      @Override public void refused(IngestResult r) { refused.add(r); }
    });
    assertTrue(refused.get(0).message().startsWith("too large"), refused.toString());
    assertEquals(0, stagedBytes());
  }

  @Test
  void unsafePathsAreRecognised() {
    assertNull(SourceExpander.unsafePath("folder/contract.pdf"));
    assertTrue(SourceExpander.unsafePath("a/../../b").startsWith("parent-folder"));
    assertTrue(SourceExpander.unsafePath("C:\\\\Windows\\\\x").startsWith("absolute"));
    assertTrue(SourceExpander.unsafePath("..\\\\x").startsWith("parent-folder"));
  }

  private long stagedBytes() throws IOException {
    try (Stream<Path> files = Files.list(staging)) {
      return files.filter(p -> candidates.stream().noneMatch(c -> c.staged().equals(p))).count();
    }
  }

  @Test
  void anArchiveListingTooManyEntriesIsRefusedWholeAndAnEmptyOneIsEmpty() throws Exception {
    Path crowded = sources.resolve("crowded.zip");
    try (var zip = new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(crowded))) {
      for (int i = 0; i <= ArchiveLimits.DEFAULT_MAX_ENTRIES; i++) {
        zip.putNextEntry(new java.util.zip.ZipEntry("note-" + i + ".txt"));
        zip.write('x');
      }
    }
    Path empty = sources.resolve("empty.zip");
    new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(empty)).close();
    expand(crowded, empty);
    assertTrue(candidates.isEmpty(), "not one entry of the crowded archive is taken: " + candidates.size());
    IngestResult refusedWhole = refusal("crowded.zip");
    assertEquals(DocumentStatus.FAILED, refusedWhole.status());
    assertTrue(refusedWhole.message().contains("20001 entries, more than the limit of 20000"), refusedWhole.message());
    assertEquals(DocumentStatus.EMPTY, refusal("empty.zip").status());
  }
}
