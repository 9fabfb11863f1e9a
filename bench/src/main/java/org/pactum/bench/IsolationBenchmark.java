package org.pactum.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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

  public static void main(String[] args) throws Exception {
    BenchArgs arguments = BenchArgs.of(args, "IsolationBenchmark FOLDER [THREADS] [ROUNDS]");
    Path folder = arguments.path(0);
    int threads = arguments.integer(1, Runtime.getRuntime().availableProcessors());
    int rounds = arguments.integer(2, 2);
    List<Path> files = ParallelFiles.under(folder);
    ParseSettings settings = ParseSettings.defaults().withOcr(false);
    Machine.print(threads);
    System.out.printf("corpus: %s, %d files, OCR off%n", folder, files.size());
    Throughput inProcess = null;
    Throughput isolated = null;
    // workers live as long as an ingest run does (recycled every 500 files), so they warm up too
    try (IsolatedParser pool =
        new IsolatedParser(settings, new IsolatedParser.Pool(threads, IsolatedParser.Pool.DEFAULT_HEAP, 100_000, null))) {
      for (int round = 1; round <= rounds; round++) {
        // round 1 warms the JIT and the page cache; the last round is reported
        inProcess = ParallelFiles.run("tika in process", files, threads, parsing(new TikaDocumentParser(settings)));
        isolated = ParallelFiles.run("tika in worker JVMs", files, threads, parsing(pool));
        System.out.println("round " + round + ":");
        System.out.println("  " + inProcess.line());
        System.out.println("  " + isolated.line());
      }
    }
    System.out.printf(Locale.ROOT, "isolated / in-process throughput: %.2f (files/s)%n", inProcess.seconds() / isolated.seconds());
  }

  private static ParallelFiles.Task parsing(DocumentParser parser) {
    return f -> {
      try {
        ParsedDocument doc = parser.parse(f, f.getFileName().toString());
        return new ParallelFiles.Text(doc.pages().pageCount(), doc.text().length());
      } catch (DocumentException e) {
        return ParallelFiles.Text.NOTHING; // counted as a file; its bytes were read
      }
    };
  }
}
