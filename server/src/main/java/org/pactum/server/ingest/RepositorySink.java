package org.pactum.server.ingest;

import java.io.IOException;
import java.util.Optional;
import org.pactum.extractor.model.ContractRecord;
import org.pactum.indexer.Repository;

/** Stores processed documents in a repository: original, record, index entry. */
public final class RepositorySink implements DocumentSink {

  private final Repository repository;

  public RepositorySink(Repository repository) {
    this.repository = repository;
  }

  @Override
  public Optional<String> known(String sha256) {
    return repository.containsSha(sha256) ? Optional.of(ContractRecord.idOf(sha256)) : Optional.empty();
  }

  /** Searchable at the bulk ingest's next commit: it commits every few seconds and at its end. */
  @Override
  public void accept(ContractRecord record, Candidate candidate) throws IOException {
    repository.storeInBatch(record, candidate.staged());
  }
}
