package org.pactum.indexer.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import org.pactum.extractor.model.Json;

/**
 * A folder holding one JSON file per contract, named by the contract's id and replaced atomically:
 * what the team adds beside a record (tags, corrections, notes) is kept this way.
 */
public final class ContractFiles {

  private static final Pattern ID = Pattern.compile("[0-9a-f]{16}");

  private final Path root;

  public ContractFiles(Path root) throws IOException {
    this.root = Files.createDirectories(root);
  }

  /** The contract's file read as a {@code type}; empty when it has none. */
  public <T> Optional<T> read(String contractId, TypeReference<T> type) throws IOException {
    Path file = pathOf(contractId);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    return Optional.of(Json.mapper().readValue(file.toFile(), type));
  }

  public void write(String contractId, Object value) throws IOException {
    AtomicFiles.write(pathOf(contractId), Json.mapper().writeValueAsBytes(value));
  }

  public void delete(String contractId) throws IOException {
    Files.deleteIfExists(pathOf(contractId));
  }

  public int removeLeftovers() throws IOException {
    return AtomicFiles.removeLeftovers(root);
  }

  private Path pathOf(String contractId) {
    if (!ID.matcher(contractId).matches()) {
      throw new IllegalArgumentException("not a document id: " + contractId);
    }
    return root.resolve(contractId + ".json");
  }
}
