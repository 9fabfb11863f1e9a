package org.pactum.server.ingest;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.pactum.extractor.analysis.ContractAnalyzer;
import org.pactum.extractor.parse.DocumentParser;
import org.pactum.indexer.Repository;

/** Bulk ingestion into a repository: the one entry point for the command line, server and repair. */
public final class IngestService {

  private final Repository repository;
  private final DocumentParser parser;
  private final ContractAnalyzer analyzer;
  private final ArchiveLimits limits;
  private final int threads;

  public IngestService(
      Repository repository, DocumentParser parser, ContractAnalyzer analyzer, ArchiveLimits limits, int threads) {
    this.repository = repository;
    this.parser = parser;
    this.analyzer = analyzer;
    this.limits = limits;
    this.threads = threads;
  }

  public IngestSummary ingest(List<Path> inputs, IngestListener listener) throws InterruptedException {
    return bulk().run(inputs, listener);
  }

  /** Ingests files under names of their own (uploads). */
  public IngestSummary ingestNamed(List<NamedFile> files, IngestListener listener) throws InterruptedException {
    return bulk().runNamed(files, listener);
  }

  private BulkIngest bulk() {
    SourceExpander expander = new SourceExpander(repository::newStagingFile, limits);
    DocumentProcessor processor =
        new DocumentProcessor(parser, analyzer, new RepositorySink(repository), Clock.systemUTC());
    return new BulkIngest(expander, processor, threads, repository::commit);
  }
}
