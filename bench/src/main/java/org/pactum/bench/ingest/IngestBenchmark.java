package org.pactum.bench.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.pactum.bench.BenchArgs;
import org.pactum.bench.Machine;
import org.pactum.bench.ParallelFiles;
import org.pactum.bench.TempFolders;
import org.pactum.bench.Throughput;
import org.pactum.extractor.parse.ParseSettings;

/**
 * What a full ingest costs over bare text extraction: the same files, the same thread count, in the
 * same run, (a) bare Tika in process, (b) a full ingest into a fresh repository as
 * {@code pactum ingest --no-ocr} does it (parse in worker JVMs, extract, store, index, commit), (c)
 * poppler's {@code pdftotext} as the native reference. OCR is off throughout. Prints files/s,
 * pages/s and MB/s of each, the ratios, then where one more ingest spends its time.
 *
 * <p>Usage: {@code IngestBenchmark FOLDER [THREADS=2] [ROUNDS=3]}; {@code ROUNDS=0} runs the stage
 * profile alone.
 */
public final class IngestBenchmark {

  private IngestBenchmark() {}

  public static void main(String[] args) throws Exception {
    BenchArgs arguments = BenchArgs.of(args, "IngestBenchmark FOLDER [THREADS=2] [ROUNDS=3]");
    Path folder = arguments.path(0);
    int threads = arguments.integer(1, 2);
    int rounds = arguments.integer(2, 3);
    List<Path> files = ParallelFiles.under(folder);
    long bytes = ParallelFiles.bytes(files);
    ParseSettings settings = ParseSettings.defaults().withOcr(false);
    boolean withPdftotext = Pdftotext.available();
    Machine.print(threads);
    System.out.printf("corpus: %s, %d files, %.1f MB; OCR off for Tika and ingest (pdftotext does none)%n", folder,
        files.size(), bytes / 1e6);
    Throughput tika = null;
    Throughput ingest = null;
    Throughput reference = null;
    for (int round = 1; round <= rounds; round++) {
      // round 1 warms the JIT and the page cache; the last round is reported
      tika = ParallelFiles.run("bare tika", files, threads, new BareTika());
      Path data = TempFolders.create("pactum-ingest-bench");
      try {
        FullIngest.Outcome outcome = FullIngest.run("full ingest", folder, data, threads, settings, bytes);
        ingest = outcome.throughput();
        if (outcome.summary().exitCode() != 0) {
          System.out.print(outcome.summary().render());
        }
      } finally {
        TempFolders.delete(data);
      }
      reference = withPdftotext ? ParallelFiles.run("pdftotext", files, threads, new Pdftotext()) : null;
      System.out.println("round " + round + ":");
      System.out.println("  " + tika.line());
      System.out.println("  " + ingest.line());
      if (reference != null) {
        System.out.println("  " + reference.line());
      }
      System.out.printf(Locale.ROOT, "  full ingest / bare tika: %.2f by wall time, %.2f by CPU time%n",
          tika.seconds() / ingest.seconds(), tika.cpuSeconds() / ingest.cpuSeconds());
      Machine.printLoad();
    }
    if (rounds > 0) {
      report(tika, ingest, reference);
    }
    Path data = TempFolders.create("pactum-ingest-profile");
    try {
      StageProfile.run(folder, data, threads, settings);
    } finally {
      TempFolders.delete(data);
    }
  }

  private static void report(Throughput tika, Throughput ingest, Throughput reference) {
    System.out.printf(Locale.ROOT, "full ingest / bare tika throughput: %.2f (files/s); by CPU time %.2f%n",
        tika.seconds() / ingest.seconds(), tika.cpuSeconds() / ingest.cpuSeconds());
    if (reference != null) {
      System.out.printf(Locale.ROOT, "pdftotext / bare tika throughput: %.2f (files/s); by CPU time %.2f%n",
          tika.seconds() / reference.seconds(), tika.cpuSeconds() / reference.cpuSeconds());
    } else {
      System.out.println("pdftotext: not installed (apt-get install poppler-utils); left out");
    }
  }
}
