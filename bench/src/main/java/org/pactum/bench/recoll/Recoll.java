package org.pactum.bench.recoll;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recoll's command-line indexer and query tool over a throwaway configuration folder: one
 * {@code recoll.conf} naming the corpus as its only top folder.
 */
final class Recoll {

  /**
   * The configuration, set so the comparison is like for like: two filter threads as Pactum has two
   * ingest threads; normal CPU and I/O priority (Recoll's default of nice 19 and idle I/O class would
   * let every other process on a shared machine go first, and Pactum runs at normal priority); no
   * OCR (Pactum's ingest runs with --no-ocr here); no aspell dictionary (Pactum builds none). PDFs
   * go through Recoll's standard rclpdf.py filter, which runs pdftotext.
   */
  private static final String SETTINGS = """
      thrQSizes = 2 2 2
      thrTCounts = 2 2 1
      idxniceprio = 0
      monioniceclass = 2
      pdfocr = 0
      noaspell = 1
      loglevel = 2
      """;

  private static final Pattern RESULTS = Pattern.compile("^(\\d+) results", Pattern.MULTILINE);

  private final Path config;

  private Recoll(Path config) {
    this.config = config;
  }

  /** Writes a fresh configuration for the corpus into an empty folder. */
  static Recoll configure(Path config, Path corpus) throws IOException {
    Files.createDirectories(config);
    Files.writeString(config.resolve("recoll.conf"), "topdirs = " + corpus.toAbsolutePath().normalize() + "\n" + SETTINGS);
    return new Recoll(config);
  }

  Path database() {
    return config.resolve("xapiandb");
  }

  /** Whether recollindex and recollq are on the PATH. */
  static boolean installed() {
    try {
      run(List.of("recollq", "-h"));
      run(List.of("recollindex", "-h"));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Indexes the corpus from scratch ({@code -z} resets the database first). */
  Output index() throws IOException {
    return run(List.of("recollindex", "-c", config.toString(), "-z"));
  }

  /**
   * One query as a user runs it: a recollq process that prints the first ten hits, each with three
   * snippets and their pages, as Pactum's search returns ten hits with three highlighted snippets.
   */
  Output query(String query) throws IOException {
    return run(List.of("recollq", "-c", config.toString(), "-n", "10", "-A", "-p", "3", query));
  }

  /** The hit count recollq printed, or -1. */
  static long hits(Output output) {
    Matcher m = RESULTS.matcher(output.text());
    return m.find() ? Long.parseLong(m.group(1)) : -1;
  }

  /** What a command printed (standard output and error together) and how it ended. */
  record Output(int exitCode, String text) {}

  private static Output run(List<String> command) throws IOException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] out;
    try (InputStream in = process.getInputStream()) {
      out = in.readAllBytes();
    }
    try {
      return new Output(process.waitFor(), new String(out, StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
