package org.pactum.bench.ingest;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import org.pactum.bench.CpuTime;
import org.pactum.extractor.analysis.ContractAnalyzer;
import org.pactum.extractor.analysis.DefaultAnalyzer;
import org.pactum.extractor.model.ContractRecord;
import org.pactum.extractor.parse.DocumentParser;
import org.pactum.extractor.parse.IsolatedParser;
import org.pactum.extractor.parse.ParseSettings;
import org.pactum.indexer.Repository;
import org.pactum.server.ingest.ArchiveLimits;
import org.pactum.server.ingest.BulkIngest;
import org.pactum.server.ingest.Candidate;
import org.pactum.server.ingest.DocumentProcessor;
import org.pactum.server.ingest.DocumentSink;
import org.pactum.server.ingest.IngestResult;
import org.pactum.server.ingest.SourceExpander;

/**
 * Where a full ingest spends its time: the same pipeline {@code IngestService} builds (expander,
 * processor, bulk run, checkpoint commits) around the real parser pool, analyser and repository,
 * each step wrapped in a clock. Stage times are summed over the worker threads.
 */
final class StageProfile {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** Wall and CPU time of one stage, summed over the threads that ran it. */
  private record Stage(LongAdder wallNanos, LongAdder cpuNanos) {}

  private final Map<String, Stage> stages = new LinkedHashMap<>();
  /** Characters of text the parser gave, which every later stage works on. */
  private final LongAdder characters = new LongAdder();

  private StageProfile() {
    for (String stage : List.of("parse (worker JVM)", "extraction", "duplicate check", "store original", "write record",
        "index", "commit")) {
      stages.put(stage, new Stage(new LongAdder(), new LongAdder()));
    }
  }

  /** Runs one profiled ingest of a folder into a fresh repository and prints the stages. */
  static void run(Path folder, Path data, int threads, ParseSettings settings) throws Exception {
    StageProfile profile = new StageProfile();
    double staging = stagingSeconds(folder, data);
    double cpuAll = CpuTime.withChildren();
    double cpuHere = CpuTime.ofThisProcess();
    long start = System.nanoTime();
    try (Repository repository = Repository.open(data);
        IsolatedParser parser = new IsolatedParser(settings,
            new IsolatedParser.Pool(threads, IsolatedParser.Pool.DEFAULT_HEAP, 500, null))) {
      DocumentProcessor processor = new DocumentProcessor(profile.parser(parser), profile.analyzer(new DefaultAnalyzer()),
          profile.sink(repository), Clock.systemUTC());
      BulkIngest bulk = new BulkIngest(new SourceExpander(repository::newStagingFile, ArchiveLimits.defaults()), processor,
          threads, () -> profile.time("commit", () -> {
            repository.commit();
            return null;
          }));
      bulk.run(List.of(folder), result -> {});
    }
    double wall = (System.nanoTime() - start) / 1e9;
    double here = CpuTime.ofThisProcess() - cpuHere;
    double workers = CpuTime.withChildren() - cpuAll - here;
    System.out.printf(Locale.ROOT, "stages of one ingest: %.2f s wall, %d threads; wall and CPU seconds summed over the threads,"
        + " wall share of %d x wall%n", wall, threads, threads);
    profile.stages.forEach((name, stage) -> System.out.printf(Locale.ROOT, "  %-20s wall %7.2f s  %5.1f%%   cpu %7.2f s%n",
        name, stage.wallNanos().sum() / 1e9, 100 * stage.wallNanos().sum() / 1e9 / (wall * threads), stage.cpuNanos().sum() / 1e9));
    System.out.printf(Locale.ROOT, "  %-20s wall %7.2f s  (copy and SHA-256 of every file, measured alone; the calling thread"
        + " does it beside the workers)%n", "staging", staging);
    System.out.printf(Locale.ROOT, "cpu: parse worker JVMs %.1f s (their parsing, JSON and start-up), this JVM %.1f s"
        + " (the stages above plus GC, JIT and staging)%n", workers, here);
    double chars = profile.characters.sum();
    double after = profile.stages.entrySet().stream().filter(e -> !e.getKey().startsWith("parse"))
        .mapToDouble(e -> e.getValue().cpuNanos().sum() / 1e9).sum();
    System.out.printf(Locale.ROOT, "characters per CPU second (%,.0f characters parsed): parse %,.0f (worker JVMs)", chars, chars / workers);
    profile.stages.forEach((name, stage) -> {
      if (!name.startsWith("parse") && stage.cpuNanos().sum() > 0) {
        System.out.printf(Locale.ROOT, ", %s %,.0f", name, chars / (stage.cpuNanos().sum() / 1e9));
      }
    });
    System.out.printf(Locale.ROOT, "; everything after parsing %,.0f (%.2f s of CPU, %.2f of the parse workers')%n",
        chars / after, after, after / workers);
  }

  /** Copying and hashing the files into staging, as the expander does before any worker sees them. */
  private static double stagingSeconds(Path folder, Path data) throws Exception {
    Path staging = Files.createDirectories(data.resolve("staging"));
    long start = System.nanoTime();
    new SourceExpander(() -> staging.resolve(java.util.UUID.randomUUID().toString()), ArchiveLimits.defaults())
        .expand(List.of(folder), new SourceExpander.Receiver() {
          @Override
          public void candidate(Candidate candidate) {
            candidate.staged().toFile().delete();
          }

          @Override
          public void refused(IngestResult result) {}
        });
    return (System.nanoTime() - start) / 1e9;
  }

  private interface Step<T, E extends Exception> {
    T run() throws E;
  }

  private <T, E extends Exception> T time(String name, Step<T, E> step) throws E {
    long wall = System.nanoTime();
    long cpu = THREADS.getCurrentThreadCpuTime();
    try {
      return step.run();
    } finally {
      Stage stage = stages.get(name);
      stage.wallNanos().add(System.nanoTime() - wall);
      stage.cpuNanos().add(THREADS.getCurrentThreadCpuTime() - cpu);
    }
  }

  private DocumentParser parser(DocumentParser real) {
    return (file, name) -> {
      var parsed = time("parse (worker JVM)", () -> real.parse(file, name));
      characters.add(parsed.text().length());
      return parsed;
    };
  }

  private ContractAnalyzer analyzer(ContractAnalyzer real) {
    return (document, name) -> time("extraction", () -> real.analyse(document, name));
  }

  /** The three steps of {@code Repository.store}, each timed. */
  private DocumentSink sink(Repository repository) {
    return new DocumentSink() {
      @Override
      public Optional<String> known(String sha256) {
        return time("duplicate check",
            () -> repository.containsSha(sha256) ? Optional.of(ContractRecord.idOf(sha256)) : Optional.<String>empty());
      }

      @Override
      public void accept(ContractRecord record, Candidate candidate) throws IOException {
        time("store original", () -> {
          repository.blobs().putStaged(candidate.staged(), record.sha256());
          return null;
        });
        time("write record", () -> {
          repository.records().put(record);
          return null;
        });
        time("index", () -> {
          repository.indexRecord(record);
          return null;
        });
      }
    };
  }
}
