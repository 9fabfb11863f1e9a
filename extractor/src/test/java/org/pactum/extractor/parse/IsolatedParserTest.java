package org.pactum.extractor.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.pactum.extractor.model.ParsedDocument;
import org.pactum.extractor.testing.Fixtures;

/** Parsing in worker processes: results match in-process parsing; hangs and memory blow-ups are contained. */
class IsolatedParserTest {

  @Test
  void parsesLikeInProcessAndReportsRefusals() throws Exception {
    ParseSettings settings = ParseSettings.defaults().withOcr(false);
    Path pdf = Fixtures.sample("01-");
    try (IsolatedParser pool = new IsolatedParser(settings, new IsolatedParser.Pool(1, "512m", 100, null))) {
      ParsedDocument isolated = pool.parse(pdf, "msa.pdf");
      ParsedDocument direct = new TikaDocumentParser(settings).parse(pdf, "msa.pdf");
      assertEquals(direct.text(), isolated.text());
      assertEquals(direct.pages(), isolated.pages());
      assertThrows(EncryptedDocumentException.class, () -> pool.parse(Fixtures.hostile("encrypted.pdf"), "encrypted.pdf"));
      assertThrows(EmptyDocumentException.class, () -> pool.parse(Fixtures.hostile("zero-byte.pdf"), "zero.pdf"));
    }
  }

  @Test
  void aFileOverTheTimeLimitFailsAndTheNextFileStillParses() throws Exception {
    // the time limit is far below what starting a worker JVM and parsing takes
    ParseSettings tight = ParseSettings.defaults().withOcr(false).withTimeout(Duration.ofMillis(50));
    try (IsolatedParser pool = new IsolatedParser(tight, new IsolatedParser.Pool(1, "512m", 100, null))) {
      UnreadableDocumentException e =
          assertThrows(UnreadableDocumentException.class, () -> pool.parse(Fixtures.sample("01-"), "msa.pdf"));
      assertTrue(e.getMessage().contains("longer than the limit"), e.getMessage());
    }
    ParseSettings normal = ParseSettings.defaults().withOcr(false);
    try (IsolatedParser pool = new IsolatedParser(normal, new IsolatedParser.Pool(1, "512m", 100, null))) {
      assertTrue(pool.parse(Fixtures.sample("03-"), "nda.txt").text().length() > 100);
    }
  }

  @Test
  void eachWorkerHasItsOwnTemporaryFolderWhichGoesWithIt() throws Exception {
    // what a parser killed mid-file leaves (tesseract's output file, say) must not pile up in the system's folder
    Set<Path> before = workerFolders();
    ParseSettings tight = ParseSettings.defaults().withOcr(false).withTimeout(Duration.ofMillis(50));
    try (IsolatedParser pool = new IsolatedParser(tight, new IsolatedParser.Pool(1, "512m", 100, null))) {
      assertThrows(UnreadableDocumentException.class, () -> pool.parse(Fixtures.sample("03-"), "nda.txt"));
      assertEquals(Set.of(), added(before), "the killed worker's folder is gone with it");
    }
    ParseSettings normal = ParseSettings.defaults().withOcr(false);
    try (IsolatedParser pool = new IsolatedParser(normal, new IsolatedParser.Pool(1, "512m", 100, null))) {
      pool.parse(Fixtures.sample("03-"), "nda.txt");
      assertEquals(1, added(before).size(), "the live worker's folder");
    }
    assertEquals(Set.of(), added(before));
  }

  @Test
  void foldersOfAProcessThatWasKilledAreRemovedByTheNextPool() throws Exception {
    long dead = 4_000_000;
    while (ProcessHandle.of(dead).isPresent()) {
      dead++;
    }
    Path orphan = Files.createTempDirectory(IsolatedParser.FOLDER_PREFIX + dead + "-");
    Files.writeString(orphan.resolve("apache-tika-1.tmp.txt"), "");
    Path mine = Files.createTempDirectory(IsolatedParser.FOLDER_PREFIX + ProcessHandle.current().pid() + "-");
    try (IsolatedParser pool = new IsolatedParser(ParseSettings.defaults().withOcr(false),
        new IsolatedParser.Pool(1, "512m", 100, null))) {
      assertFalse(Files.exists(orphan), "a dead process's folder is removed");
      assertTrue(Files.exists(mine), "a live process's folder is left alone");
    } finally {
      Folders.deleteQuietly(mine);
    }
  }

  private static Set<Path> added(Set<Path> before) throws IOException {
    Set<Path> now = workerFolders();
    now.removeAll(before);
    return now;
  }

  private static Set<Path> workerFolders() throws IOException {
    try (Stream<Path> all = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return all.filter(p -> p.getFileName().toString().startsWith(IsolatedParser.FOLDER_PREFIX))
          .collect(Collectors.toCollection(HashSet::new));
    }
  }

  @Test
  void aWorkerThatRunsOutOfMemoryFailsTheFileNotTheCaller() throws Exception {
    ParseSettings settings = ParseSettings.defaults().withOcr(false);
    // 12 MB cannot even load Tika's parsers: the worker dies of OutOfMemoryError
    try (IsolatedParser pool = new IsolatedParser(settings, new IsolatedParser.Pool(1, "12m", 100, null))) {
      UnreadableDocumentException e =
          assertThrows(UnreadableDocumentException.class, () -> pool.parse(Fixtures.sample("01-"), "msa.pdf"));
      assertTrue(e.getMessage().contains("memory") || e.getMessage().contains("crashed"), e.getMessage());
      // the pool replaces the worker and answers the next request the same way, without hanging
      assertThrows(UnreadableDocumentException.class, () -> pool.parse(Fixtures.sample("03-"), "nda.txt"));
    }
  }
}
