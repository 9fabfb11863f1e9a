package org.pactum.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.pactum.extractor.parse.Folders;

/** Throwaway folders for repositories and generated files, outside the checkout. */
public final class TempFolders {

  private TempFolders() {}

  public static Path create(String prefix) throws IOException {
    return Files.createTempDirectory(prefix);
  }

  /** Deletes a folder and everything in it; what cannot be deleted is left for the system's cleanup. */
  public static void delete(Path folder) {
    Folders.deleteQuietly(folder);
  }

  /** Bytes of the regular files under a folder. */
  public static long size(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
