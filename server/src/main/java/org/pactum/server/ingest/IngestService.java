package org.pactum.server.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
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
    return logged(listener, both -> bulk().run(inputs, both));
  }

  /** Ingests files under names of their own (uploads). */
  public IngestSummary ingestNamed(List<NamedFile> files, IngestListener listener) throws InterruptedException {
    return logged(listener, both -> bulk().runNamed(files, both));
  }

  /** A run whose every result also goes to its run log, for triage afterwards. */
  private IngestSummary logged(IngestListener listener, Run run) throws InterruptedException {
    RunLog log;
    try {
      log = RunLog.start(RunLog.folderOf(repository.root()));
    } catch (IOException e) {
      // the files matter more than the report about them
      System.err.println("pactum: this run will have no triage report: " + e.getMessage());
      return run.with(listener);
    }
    try (log) {
      return run.with(new Both(listener, log)).withRun(log.id());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the run's log", e);
    }
  }

  @FunctionalInterface
  private interface Run {
    IngestSummary with(IngestListener listener) throws InterruptedException;
  }

  /** Tells two listeners everything, the caller's first. */
  private record Both(IngestListener first, IngestListener second) implements IngestListener {
    @Override
    public void started(long expectedFiles) {
      first.started(expectedFiles);
      second.started(expectedFiles);
    }

    @Override
    public void discovered(long moreFiles) {
      first.discovered(moreFiles);
      second.discovered(moreFiles);
    }

    @Override
    public void finished(IngestResult result) {
      first.finished(result);
      second.finished(result);
    }

    @Override
    public void completed(IngestSummary summary) {
      first.completed(summary);
      second.completed(summary);
    }
  }

  private BulkIngest bulk() {
    SourceExpander expander = new SourceExpander(repository::newStagingFile, limits);
    DocumentProcessor processor =
        new DocumentProcessor(parser, analyzer, new RepositorySink(repository), Clock.systemUTC());
    return new BulkIngest(expander, processor, threads, repository::commit);
  }
}
