package org.pactum.server.ingest;

/** Hears how a bulk ingest progresses; called from several threads. */
public interface IngestListener {

  /** The run starts with about this many files (archives counted by their entries). */
  default void started(long expectedFiles) {}

  /** More files than expected were found (in nested archives). */
  default void discovered(long moreFiles) {}

  /** One file ended; it is durable when its status is stored. */
  void finished(IngestResult result);

  /** The run is over. */
  default void completed(IngestSummary summary) {}
}
