package org.pactum.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.pactum.extractor.model.ParsedDocument;
import org.pactum.extractor.parse.DocumentException;
import org.pactum.extractor.parse.DocumentParser;
import org.pactum.extractor.parse.IsolatedParser;
import org.pactum.extractor.parse.ParseSettings;
import org.pactum.extractor.parse.TikaDocumentParser;

/**
 * What parsing in isolated worker processes costs: the same files, the same thread count, in the
 * same run, parsed (a) in process by Tika and (b) through the pool of worker JVMs. Prints files/s,
 * pages/s and MB/s of each and their ratio.
 *
 * <p>Usage: {@code IsolationBenchmark FOLDER [THREADS] [ROUNDS]}
 */
public final class IsolationBenchmark {

  private IsolationBenchmark() {}

  record Figures(String name, int files, long pages, long bytes, long chars, double seconds) {
    String line() {
      return String.format(Locale.ROOT, "%-22s %5d files %7d pages %8.1f MB %10d chars  %7.2f s  %7.2f files/s  %8.1f pages/s  %6.2f MB/s",
          name, files, pages, bytes / 1e6, chars, seconds, files / seconds, pages / seconds, bytes / 1e6 / seconds);
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: IsolationBenchmark FOLDER [THREADS] [ROUNDS]");
      System.exit(2);
    }
    Path folder = Path.of(args[0]);
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    ParseSettings settings = ParseSettings.defaults().withOcr(false);
    Machine.print(threads);
    System.out.printf("corpus: %s, %d files, OCR off%n", folder, files.size());
    Figures inProcess = null;
    Figures isolated = null;
    // workers live as long as an ingest run does (recycled every 500 files), so they warm up too
    try (IsolatedParser pool =
        new IsolatedParser(settings, new IsolatedParser.Pool(threads, IsolatedParser.Pool.DEFAULT_HEAP, 100_000, null))) {
      for (int round = 1; round <= rounds; round++) {
        // round 1 warms the JIT and the page cache; the last round is reported
        inProcess = run("tika in process", new TikaDocumentParser(settings), files, threads);
        isolated = run("tika in worker JVMs", pool, files, threads);
        System.out.println("round " + round + ":");
        System.out.println("  " + inProcess.line());
        System.out.println("  " + isolated.line());
      }
    }
    System.out.printf(Locale.ROOT, "isolated / in-process throughput: %.2f (files/s)%n", inProcess.seconds() / isolated.seconds());
  }

  static Figures run(String name, DocumentParser parser, List<Path> files, int threads) throws Exception {
    AtomicLong pages = new AtomicLong();
    AtomicLong bytes = new AtomicLong();
    AtomicLong chars = new AtomicLong();
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = files.stream().<Future<?>>map(f -> pool.submit(() -> {
        try {
          ParsedDocument doc = parser.parse(f, f.getFileName().toString());
          pages.addAndGet(doc.pages().pageCount());
          chars.addAndGet(doc.text().length());
        } catch (DocumentException e) {
          // counted as a file; its bytes were read
        }
        try {
          bytes.addAndGet(Files.size(f));
        } catch (IOException e) {
          // ignore
        }
        return null;
      })).toList();
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    return new Figures(name, files.size(), pages.get(), bytes.get(), chars.get(), (System.nanoTime() - start) / 1e9);
  }
}
