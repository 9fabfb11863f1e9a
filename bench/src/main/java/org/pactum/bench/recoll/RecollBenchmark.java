package org.pactum.bench.recoll;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pactum.bench.CpuTime;
import org.pactum.bench.BenchArgs;
import org.pactum.bench.Machine;
import org.pactum.bench.ParallelFiles;
import org.pactum.bench.Percentiles;
import org.pactum.bench.TempFolders;
import org.pactum.indexer.Repository;
import org.pactum.indexer.search.SearchRequest;
import org.pactum.indexer.search.SearchResult;

/**
 * Pactum against Recoll, a desktop search engine, on the same corpus in the same run: (1) building
 * the index from scratch, {@code recollindex} against {@code pactum ingest --no-ocr}, both as
 * processes started cold with two threads; (2) query latency for the same queries, {@code recollq}
 * (one process per query, as its users run it) against Pactum's search in process. recollq's fixed
 * cost (start, configuration, opening the database) is measured apart with a word found nowhere,
 * and taken off to get its search alone.
 *
 * <p>Usage: {@code RecollBenchmark FOLDER [THREADS=2] [ROUNDS=2] [REPEATS=5]}
 */
public final class RecollBenchmark {

  /** Plain words and phrases that contracts use; the same text is valid in both query languages. */
  static final List<String> QUERIES = List.of("\"governing law\"", "indemnification", "\"change of control\"",
      "termination", "confidential", "\"intellectual property\"", "arbitration", "\"force majeure\"", "warranty",
      "\"limitation of liability\"", "assignment", "insurance", "exclusivity", "royalty", "audit", "\"sole discretion\"",
      "\"written notice\"", "\"liquidated damages\"", "\"most favored\"", "\"non-solicitation\"");

  /** A word in no contract: what recollq costs before it searches. */
  static final String NOWHERE = "zqxjvwk";

  private RecollBenchmark() {}

  public static void main(String[] args) throws Exception {
    BenchArgs arguments = BenchArgs.of(args, "RecollBenchmark FOLDER [THREADS=2] [ROUNDS=2] [REPEATS=5]");
    Path corpus = arguments.path(0);
    int threads = arguments.integer(1, 2);
    int rounds = arguments.integer(2, 2);
    int repeats = arguments.integer(3, 5);
    Machine.print(threads);
    if (!Recoll.installed()) {
      System.out.println("recoll: recollindex/recollq not found (apt-get install recollcmd); nothing to compare");
      return;
    }
    List<Path> files = ParallelFiles.under(corpus);
    System.out.printf(Locale.ROOT, "corpus: %s, %d files, %.1f MB; OCR off in both%n", corpus, files.size(),
        ParallelFiles.bytes(files) / 1e6);
    Path work = TempFolders.create("pactum-recoll-bench");
    try {
      Recoll recoll = null;
      Path data = null;
      for (int round = 1; round <= rounds; round++) {
        // each round from scratch; the page cache holds the corpus after the first
        recoll = Recoll.configure(work.resolve("recoll-" + round), corpus);
        data = work.resolve("pactum-" + round);
        System.out.println("round " + round + ":");
        indexWithRecoll(recoll, files.size());
        ingestWithPactum(data, corpus, threads, work.resolve("ingest-" + round + ".log"));
        Machine.printLoad();
      }
      System.out.printf(Locale.ROOT, "index size: recoll %.1f MB (xapiandb, text stored for snippets);"
          + " pactum %.1f MB (index %.1f MB, records %.1f MB, originals %.1f MB)%n",
          TempFolders.size(recoll.database()) / 1e6, TempFolders.size(data) / 1e6,
          TempFolders.size(data.resolve("index")) / 1e6, TempFolders.size(data.resolve("records")) / 1e6,
          TempFolders.size(data.resolve("blobs")) / 1e6);
      compareQueries(recoll, data, repeats);
    } finally {
      TempFolders.delete(work);
    }
  }

  private static void indexWithRecoll(Recoll recoll, int files) throws Exception {
    double cpu = CpuTime.withChildren();
    long start = System.nanoTime();
    Recoll.Output output = recoll.index();
    double seconds = (System.nanoTime() - start) / 1e9;
    double used = CpuTime.withChildren() - cpu;
    long indexed = Recoll.hits(recoll.query("mime:application/pdf"));
    System.out.printf(Locale.ROOT, "  recollindex     %7.2f s  %6.2f files/s  cpu %6.1f s  (exit %d, %d PDFs in the index)%n",
        seconds, files / seconds, used, output.exitCode(), indexed);
    if (output.exitCode() != 0) {
      System.out.print(output.text());
    }
  }

  private static void ingestWithPactum(Path data, Path corpus, int threads, Path log) throws Exception {
    double cpu = CpuTime.withChildren();
    long start = System.nanoTime();
    int exit = PactumIngestCommand.run(data, corpus, threads, log);
    double seconds = (System.nanoTime() - start) / 1e9;
    double used = CpuTime.withChildren() - cpu;
    int files = ParallelFiles.under(corpus).size();
    System.out.printf(Locale.ROOT, "  pactum ingest   %7.2f s  %6.2f files/s  cpu %6.1f s  (exit %d)%n", seconds,
        files / seconds, used, exit);
    System.out.print(PactumIngestCommand.summary(log));
  }

  private static void compareQueries(Recoll recoll, Path data, int repeats) throws Exception {
    long[] recollNanos = new long[QUERIES.size() * (repeats - 1)];
    long[] nowhereNanos = new long[recollNanos.length];
    long[] pactumNanos = new long[recollNanos.length];
    List<String> counts = new ArrayList<>();
    try (Repository repository = Repository.open(data)) {
      for (int r = 0; r < repeats; r++) {
        // repeat 0 warms the JIT, the page cache and Lucene's caches, and is not counted
        for (int q = 0; q < QUERIES.size(); q++) {
          String query = QUERIES.get(q);
          int slot = (r - 1) * QUERIES.size() + q;
          long t = System.nanoTime();
          Recoll.Output found = recoll.query(query);
          long recollTime = System.nanoTime() - t;
          t = System.nanoTime();
          recoll.query(NOWHERE);
          long nowhereTime = System.nanoTime() - t;
          t = System.nanoTime();
          SearchResult result = repository.search(new SearchRequest(query, SearchRequest.Scope.CONTRACTS,
              SearchRequest.Filters.NONE, SearchRequest.Sort.RELEVANCE, 0, 10));
          long pactumTime = System.nanoTime() - t;
          if (r == 0) {
            counts.add(String.format(Locale.ROOT, "  %-28s recoll %4d  pactum %4d", query, Recoll.hits(found), result.total()));
          } else {
            recollNanos[slot] = recollTime;
            nowhereNanos[slot] = nowhereTime;
            pactumNanos[slot] = pactumTime;
          }
        }
      }
    }
    System.out.println("queries (contracts found by each):");
    counts.forEach(System.out::println);
    Percentiles recollLatency = Percentiles.ofNanos(recollNanos);
    Percentiles nowhere = Percentiles.ofNanos(nowhereNanos);
    System.out.printf(Locale.ROOT, "latency over %d queries x %d repeats, one at a time, 10 hits with 3 snippets each:%n",
        QUERIES.size(), repeats - 1);
    System.out.println("  recollq (a process per query)     " + recollLatency.line());
    System.out.println("  recollq, a word found nowhere     " + nowhere.line() + "  (start, configuration, open)");
    System.out.printf(Locale.ROOT, "  recollq minus that, at p50        %.1f ms  (its search and snippets alone)%n",
        recollLatency.ms(50) - nowhere.ms(50));
    System.out.println("  pactum search in process          " + Percentiles.ofNanos(pactumNanos).line());
  }
}
