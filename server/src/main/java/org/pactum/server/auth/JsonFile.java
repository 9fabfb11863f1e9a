package org.pactum.server.auth;

import com.fasterxml.jackson.databind.JavaType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

  /** When the file last changed; 0 when there is none. */
  long modified() throws IOException {
    return Files.isRegularFile(file) ? Files.getLastModifiedTime(file).toMillis() : 0;
  }
}
