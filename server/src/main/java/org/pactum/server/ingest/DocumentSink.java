package org.pactum.server.ingest;

import java.io.IOException;
import org.pactum.extractor.model.ContractRecord;

/** Where processed documents go: a repository, or standard output for stateless extraction. */
public interface DocumentSink {

  /** The id of the stored document with these bytes, when there is one. */
  java.util.Optional<String> known(String sha256);

  /**
   * Whether the same bytes twice in one run are one document: true for a repository, which stores a file once; false
   * for extraction, where every file given gets its own answer.
   */
  default boolean storesOnce() {
    return true;
  }

  /** Takes a processed document; the staged original is the sink's to keep or delete. */
  void accept(ContractRecord record, Candidate candidate) throws IOException;
}
