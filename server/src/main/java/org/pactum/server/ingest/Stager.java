package org.pactum.server.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.function.Supplier;
import org.pactum.indexer.store.Sha256;

/** Copies incoming bytes into the staging folder, hashing them and enforcing size limits. */
final class Stager {

  /** Thrown when the bytes pass a limit; the message says which. */
  static final class LimitExceededException extends IOException {
    LimitExceededException(String message) {
      super(message);
    }
  }

  /** Decides, as bytes arrive, whether the copy has gone too far. */
  @FunctionalInterface
  interface Guard {
    /** Throws when {@code written} bytes are too many. */
    void check(long written) throws LimitExceededException;
  }

  private final Supplier<Path> stagingFiles;

  Stager(Supplier<Path> stagingFiles) {
    this.stagingFiles = stagingFiles;
  }

  /** A staged copy: where it is, its SHA-256 and size. */
  record Staged(Path file, String sha256, long size) {}

  Staged stage(InputStream in, Guard guard) throws IOException {
    Path target = stagingFiles.get();
    MessageDigest digest = Sha256.digest();
    long written = 0;
    byte[] buffer = new byte[64 * 1024];
    try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        written += n;
        guard.check(written);
        digest.update(buffer, 0, n);
        out.write(buffer, 0, n);
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(target);
      throw e;
    }
    return new Staged(target, Sha256.hex(digest), written);
  }
}
