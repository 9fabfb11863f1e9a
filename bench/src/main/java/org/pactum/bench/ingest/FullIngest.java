package org.pactum.bench.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.pactum.bench.CpuTime;
import org.pactum.bench.Throughput;
import org.pactum.extractor.analysis.DefaultAnalyzer;
import org.pactum.extractor.parse.IsolatedParser;
import org.pactum.extractor.parse.ParseSettings;
import org.pactum.indexer.Repository;
import org.pactum.server.ingest.ArchiveLimits;
import org.pactum.server.ingest.IngestListener;
import org.pactum.server.ingest.IngestResult;
import org.pactum.server.ingest.IngestService;
import org.pactum.server.ingest.IngestSummary;

/**
 * A full ingest of folders into a repository, put together as {@code pactum ingest --threads N}
 * does it: the repository opened, a fresh pool of parse worker JVMs, the default analyser, the
 * default archive limits, and everything closed (final commit) before the clock stops.
 */
final class FullIngest {

  /** What the run did, and its summary. */
  record Outcome(Throughput throughput, IngestSummary summary) {}

  private FullIngest() {}

  static Outcome run(String name, List<Path> inputs, Path data, int threads, ParseSettings settings, long bytes,
      IngestListener also) throws Exception {
    AtomicLong pages = new AtomicLong();
    IngestListener counting = new IngestListener() {
      @Override
      public void finished(IngestResult result) {
        pages.addAndGet(result.pages());
        also.finished(result);
      }
    };
    double cpu = CpuTime.withChildren();
    long start = System.nanoTime();
    IngestSummary summary;
    try (Repository repository = Repository.open(data);
        IsolatedParser parser = new IsolatedParser(settings,
            new IsolatedParser.Pool(threads, IsolatedParser.Pool.DEFAULT_HEAP, 500, repository.root().resolve("parse-workers.log")))) {
      IngestService service = new IngestService(repository, parser, new DefaultAnalyzer(), ArchiveLimits.defaults(), threads);
      summary = service.ingest(inputs, counting);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    // the workers are reaped when the pool closes, so their CPU time is in by now
    return new Outcome(new Throughput(name, (int) summary.total(), pages.get(), bytes, -1, seconds,
        CpuTime.withChildren() - cpu), summary);
  }

  static Outcome run(String name, Path folder, Path data, int threads, ParseSettings settings, long bytes) throws Exception {
    return run(name, List.of(folder), data, threads, settings, bytes, result -> {});
  }
}
