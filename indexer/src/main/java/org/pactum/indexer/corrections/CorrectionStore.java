package org.pactum.indexer.corrections;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pactum.indexer.store.ContractFiles;

/**
 * People's corrections, one JSON file per corrected contract in {@code DATA/corrections/}: every
 * correction ever made, in order, so the history stays; the latest per field is the one in force.
 * They are kept apart from the record, so re-extraction never loses them.
 */
public final class CorrectionStore {

  private final ContractFiles files;

  public CorrectionStore(Path root) throws IOException {
    this.files = new ContractFiles(root);
  }

  /** Every correction of a contract, oldest first. */
  public List<Correction> history(String contractId) throws IOException {
    return files.read(contractId, new TypeReference<List<Correction>>() {}).orElse(List.of());
  }

  /** The corrections in force: the latest per field, a withdrawn one (empty value) left out. */
  public Map<String, Correction> current(String contractId) throws IOException {
    Map<String, Correction> byField = new LinkedHashMap<>();
    for (Correction c : history(contractId)) {
      if (c.value().isEmpty()) {
        byField.remove(c.field());
      } else {
        byField.put(c.field(), c);
      }
    }
    return byField;
  }

  /** Records a correction, checked and normalised; an empty value withdraws the field's correction. */
  public synchronized Correction add(String contractId, String field, String value, String user) throws IOException {
    CorrectableField f = CorrectableField.of(field);
    String normalised = value == null || value.isBlank() ? "" : f.normalise(value);
    Correction correction = new Correction(f.key(), normalised, user, Instant.now());
    List<Correction> all = new ArrayList<>(history(contractId));
    all.add(correction);
    files.write(contractId, all);
    return correction;
  }

  public void delete(String contractId) throws IOException {
    files.delete(contractId);
  }

  public int removeLeftovers() throws IOException {
    return files.removeLeftovers();
  }
}
