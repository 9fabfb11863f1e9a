package org.pactum.indexer.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes files so that a crash at any moment leaves either the old file or the complete new one:
 * write a temporary file beside the target, force it to disk, rename it over the target, force the
 * folder.
 */
public final class AtomicFiles {

  /** Prefix of temporary files; a store removes leftovers with it when it opens. */
  public static final String TEMP_PREFIX = ".tmp-";

  private AtomicFiles() {}

  /** Writes {@code bytes} to {@code target} atomically and durably. */
  public static void write(Path target, byte[] bytes) throws IOException {
    Path temp = target.resolveSibling(TEMP_PREFIX + UUID.randomUUID());
    try {
      try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW)) {
        out.write(bytes);
      }
      moveDurably(temp, target);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Forces {@code source} to disk, renames it to {@code target} and forces the folder. */
  public static void moveDurably(Path source, Path target) throws IOException {
    force(source);
    try {
      Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
    }
    forceFolder(target.toAbsolutePath().getParent());
  }

  /** Forces a file's content to disk. */
  public static void force(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
  }

  private static void forceFolder(Path folder) {
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // some platforms cannot open a folder for syncing; the rename itself is still atomic
    }
  }

  /** Deletes leftover temporary files in {@code folder} (after a crash). */
  public static int removeLeftovers(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    int removed = 0;
    try (var files = Files.list(folder)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        if (p.getFileName().toString().startsWith(TEMP_PREFIX) && Files.deleteIfExists(p)) {
          removed++;
        }
      }
    }
    return removed;
  }
}
