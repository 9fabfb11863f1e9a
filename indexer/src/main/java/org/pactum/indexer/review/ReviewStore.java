package org.pactum.indexer.review;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pactum.indexer.store.ContractFiles;

/** People's verifications of extracted values, one JSON object per contract in {@code DATA/reviews/}. */
public final class ReviewStore {

  private final ContractFiles files;

  public ReviewStore(Path root) throws IOException {
    this.files = new ContractFiles(root);
  }

  /** The contract's verifications by field. */
  public Map<String, Verification> get(String contractId) throws IOException {
    return files.read(contractId, new TypeReference<Map<String, Verification>>() {}).orElse(Map.of());
  }

  public synchronized Verification verify(String contractId, String field, String value, String user) throws IOException {
    Map<String, Verification> all = new LinkedHashMap<>(get(contractId));
    Verification v = new Verification(field, value, user, Instant.now());
    all.put(field, v);
    files.write(contractId, all);
    return v;
  }

  public void delete(String contractId) throws IOException {
    files.delete(contractId);
  }

  public int removeLeftovers() throws IOException {
    return files.removeLeftovers();
  }
}
