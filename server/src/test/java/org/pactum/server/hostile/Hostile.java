package org.pactum.server.hostile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.pactum.extractor.model.DocumentStatus;

/**
 * One hostile file: how it is made, and the statuses it may end with. A file may end in any of
 * several statuses where either is honest (a fuzzed PDF may still be readable), but never without one.
 *
 * @param name the file name, whose extension may lie about the content
 * @param what what makes it hostile, for the failure message
 * @param allowed the final statuses it may get
 * @param maker writes the file
 */
record Hostile(String name, String what, Set<DocumentStatus> allowed, Maker maker) {

  /** Writes a hostile file's bytes. */
  @FunctionalInterface
  interface Maker {
    void write(Path file) throws IOException;
  }

  static final Set<DocumentStatus> ANY = EnumSet.allOf(DocumentStatus.class);

  static Hostile of(String name, String what, Maker maker, DocumentStatus first, DocumentStatus... more) {
    return new Hostile(name, what, EnumSet.of(first, more), maker);
  }

  static Hostile anyStatus(String name, String what, Maker maker) {
    return new Hostile(name, what, ANY, maker);
  }
}
