package org.pactum.bench.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.pactum.bench.BenchArgs;
import org.pactum.bench.Machine;
import org.pactum.bench.ParallelFiles;
import org.pactum.bench.TempFolders;
import org.pactum.extractor.parse.ParseSettings;
import org.pactum.server.ingest.IngestListener;
import org.pactum.server.ingest.IngestResult;

/**
 * Whether a long ingest holds on to memory: generates distinct documents from a folder of sources
 * (see {@link VariedCopies}) into a temp folder, ingests them all in one run through the real path
 * (worker JVMs, analyser, repository) into a fresh repository, and reads the heap after a full GC
 * every so many documents. Run it with a small heap ({@code -Xmx1g}) so a leak shows as an
 * OutOfMemoryError or as growth. The parse workers have heaps of their own and are not counted.
 * To see what grows, take {@code jcmd PID GC.class_histogram} from outside while it runs (asking
 * for it from inside, on an ingest thread, once stalled the whole JVM).
 *
 * <p>Usage: {@code MemoryBenchmark SOURCE_FOLDER [DOCUMENTS=10000] [THREADS=2] [EVERY=1000]}
 */
public final class MemoryBenchmark {

  private MemoryBenchmark() {}

  public static void main(String[] args) throws Exception {
    BenchArgs arguments = BenchArgs.of(args, "MemoryBenchmark SOURCE_FOLDER [DOCUMENTS=10000] [THREADS=2] [EVERY=1000]");
    Path sources = arguments.path(0);
    int documents = arguments.integer(1, 10_000);
    int threads = arguments.integer(2, 2);
    int every = arguments.integer(3, 1000);
    Machine.print(threads);
    Path corpus = TempFolders.create("pactum-memory-docs");
    Path data = TempFolders.create("pactum-memory-data");
    try {
      List<Path> from = ParallelFiles.under(sources);
      long bytes = new VariedCopies(from).write(corpus, documents);
      System.out.printf(Locale.ROOT, "corpus: %,d documents (%.1f MB) made from the %d files of %s, none byte-identical;"
          + " OCR off%n", documents, bytes / 1e6, from.size(), sources);
      HeapSampler heap = new HeapSampler();
      System.out.println(heap.sample(0).line() + "  (before the run)");
      AtomicLong done = new AtomicLong();
      IngestListener sampling = new IngestListener() {
        @Override
        public void finished(IngestResult result) {
          long n = done.incrementAndGet();
          if (n % every == 0) {
            System.out.println(heap.sample(n).line());
          }
        }
      };
      try {
        FullIngest.Outcome outcome = FullIngest.run("ingest", List.of(corpus), data, threads,
            ParseSettings.defaults().withOcr(false), bytes, sampling);
        System.out.println(outcome.throughput().line());
        System.out.print(outcome.summary().render().lines().limit(12).reduce("", (a, b) -> a + b + "\n"));
      } catch (OutOfMemoryError e) {
        System.out.println("OutOfMemoryError after " + done.get() + " documents: " + e.getMessage());
      }
      System.out.println(heap.sample(done.get()).line() + "  (after the run, repository closed)");
      report(heap.samples(), every, documents);
    } finally {
      TempFolders.delete(corpus);
      TempFolders.delete(data);
    }
  }

  private static void report(List<HeapSampler.Sample> samples, int first, long last) {
    HeapSampler.Sample early = samples.stream().filter(s -> s.documents() == first).findFirst().orElse(null);
    HeapSampler.Sample late = samples.stream().filter(s -> s.documents() == last).findFirst().orElse(null);
    if (early != null && late != null) {
      System.out.printf(Locale.ROOT, "heap after full GC at %,d documents / at %,d: %.2f (%.1f MB / %.1f MB)%n", last, first,
          (double) late.used() / early.used(), late.used() / 1e6, early.used() / 1e6);
      // the readings move with what Lucene holds at the moment (segments before a merge), so the largest says more than one
      samples.stream().filter(s -> s.documents() >= first && s.documents() <= last).limit(last / first)
          .max(java.util.Comparator.comparingLong(HeapSampler.Sample::used))
          .ifPresent(max -> System.out.printf(Locale.ROOT, "largest reading during the run: %.1f MB at %,d documents, %.2f of the first%n",
              max.used() / 1e6, max.documents(), (double) max.used() / early.used()));
    }
  }
}
