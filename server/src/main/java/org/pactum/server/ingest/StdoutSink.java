package org.pactum.server.ingest;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Consumer;
import org.pactum.extractor.model.ContractRecord;

/** Hands every processed document to a consumer and stores nothing: stateless extraction. */
public final class StdoutSink implements DocumentSink {

  private final Consumer<ContractRecord> out;

  public StdoutSink(Consumer<ContractRecord> out) {
    this.out = out;
  }

  @Override
  public Optional<String> known(String sha256) {
    return Optional.empty();
  }

  /** Extraction answers for every file, so a copy of a file already seen in the run is extracted too. */
  @Override
  public boolean storesOnce() {
    return false;
  }

  @Override
  public void accept(ContractRecord record, Candidate candidate) throws IOException {
    out.accept(record);
  }
}
