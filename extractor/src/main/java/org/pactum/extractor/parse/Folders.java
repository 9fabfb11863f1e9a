package org.pactum.extractor.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Throwaway folders: staging areas, parse workers' temporary folders. */
public final class Folders {

  private Folders() {}

  /**
   * Deletes a folder and everything in it, as far as it can: what cannot be deleted (or a folder that is not there) is
   * left for the system's cleanup, without an error.
   */
  public static void deleteQuietly(Path folder) {
    try (Stream<Path> left = Files.walk(folder)) {
      left.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // left behind in the system's temporary folder
    }
  }
}
