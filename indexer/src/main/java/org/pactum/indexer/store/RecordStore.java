package org.pactum.indexer.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.pactum.extractor.model.ContractRecord;
import org.pactum.extractor.model.Json;

/** One JSON file per document, {@code records/<id>.json}, each written atomically. */
public final class RecordStore {

  private static final String SUFFIX = ".json";

  private final Path root;
  private final ObjectMapper json = Json.mapper();

  public RecordStore(Path root) throws IOException {
    this.root = Files.createDirectories(root);
  }

  public void put(ContractRecord record) throws IOException {
    AtomicFiles.write(pathOf(record.id()), json.writeValueAsBytes(record));
  }

  public boolean contains(String id) {
    return Files.isRegularFile(pathOf(id));
  }

  /** The record with this id; empty when there is none. */
  public Optional<ContractRecord> get(String id) throws IOException {
    if (!id.matches("[0-9a-f]{16}")) {
      return Optional.empty();
    }
    Path file = pathOf(id);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    return Optional.of(json.readValue(file.toFile(), ContractRecord.class));
  }

  public void delete(String id) throws IOException {
    Files.deleteIfExists(pathOf(id));
  }

  /** The ids of every stored record, sorted. */
  public List<String> ids() throws IOException {
    List<String> ids = new ArrayList<>();
    try (Stream<Path> files = Files.list(root)) {
      files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(SUFFIX) && !n.startsWith(AtomicFiles.TEMP_PREFIX))
          .map(n -> n.substring(0, n.length() - SUFFIX.length()))
          .sorted()
          .forEach(ids::add);
    }
    return ids;
  }

  public int removeLeftovers() throws IOException {
    return AtomicFiles.removeLeftovers(root);
  }

  public Path pathOf(String id) {
    if (!id.matches("[0-9a-f]{16}")) {
      throw new IllegalArgumentException("not a document id: " + id);
    }
    return root.resolve(id + SUFFIX);
  }
}
