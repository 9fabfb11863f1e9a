package org.pactum.indexer.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Original files, stored once each under their SHA-256: {@code blobs/ab/abcdef...}. */
public final class BlobStore {

  private final Path root;

  public BlobStore(Path root) throws IOException {
    this.root = Files.createDirectories(root);
  }

  public Path pathOf(String sha256) {
    checkSha(sha256);
    return root.resolve(sha256.substring(0, 2)).resolve(sha256);
  }

  public boolean contains(String sha256) {
    return Files.isRegularFile(pathOf(sha256));
  }

  /**
   * Moves a staged file, whose SHA-256 the caller computed, into the store; durable when this
   * returns. When the blob is already there the staged file is simply deleted.
   */
  public void putStaged(Path staged, String sha256) throws IOException {
    Path target = pathOf(sha256);
    if (Files.isRegularFile(target)) {
      Files.deleteIfExists(staged);
      return;
    }
    Files.createDirectories(target.getParent());
    AtomicFiles.moveDurably(staged, target);
  }

  public InputStream open(String sha256) throws IOException {
    return Files.newInputStream(pathOf(sha256));
  }

  public void delete(String sha256) throws IOException {
    Files.deleteIfExists(pathOf(sha256));
  }

  /** Every stored SHA-256. */
  public List<String> list() throws IOException {
    List<String> shas = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root, 2)) {
      files
          .filter(Files::isRegularFile)
          .map(p -> p.getFileName().toString())
          .filter(name -> name.matches("[0-9a-f]{64}"))
          .forEach(shas::add);
    }
    return shas;
  }

  /** Removes half-moved temporary files left by a crash. */
  public int removeLeftovers() throws IOException {
    int removed = 0;
    try (Stream<Path> dirs = Files.list(root)) {
      for (Path dir : (Iterable<Path>) dirs::iterator) {
        removed += AtomicFiles.removeLeftovers(dir);
      }
    }
    return removed;
  }

  private static void checkSha(String sha256) {
    if (!sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("not a SHA-256 in hex: " + sha256);
    }
  }
}
