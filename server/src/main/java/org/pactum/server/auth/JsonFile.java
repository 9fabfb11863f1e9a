package org.pactum.server.auth;

import com.fasterxml.jackson.databind.JavaType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.pactum.extractor.model.Json;
import org.pactum.indexer.store.AtomicFiles;

/** A small list kept as one JSON file, replaced atomically on every change. */
final class JsonFile<T> {

  private final Path file;
  private final JavaType type;

  JsonFile(Path file, Class<T> element) {
    this.file = file;
    this.type = Json.mapper().getTypeFactory().constructCollectionType(List.class, element);
  }

  List<T> read() throws IOException {
    if (!Files.isRegularFile(file)) {
      return new ArrayList<>();
    }
    return new ArrayList<>(Json.mapper().readValue(file.toFile(), type));
  }

  void write(List<T> values) throws IOException {
    Files.createDirectories(file.getParent());
    AtomicFiles.write(file, Json.mapper().writerFor(type).writeValueAsBytes(values));
  }

  /** Removes the values that match and writes the rest back; false, and nothing written, when none matched. */
  boolean removeIf(Predicate<T> match) throws IOException {
    List<T> all = read();
    boolean removed = all.removeIf(match);
    if (removed) {
      write(all);
    }
    return removed;
  }

  /**
   * Which version of the file is on disk: its identity and time of change, so that a rewrite within
   * the same millisecond is still seen (every write replaces the file with a new one). Empty when there
   * is no file.
   */
  String version() throws IOException {
    if (!Files.isRegularFile(file)) {
      return "";
    }
    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
    return a.fileKey() + "@" + a.lastModifiedTime().toInstant() + "/" + a.size();
  }
}
