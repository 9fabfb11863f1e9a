package org.pactum.server.ingest;

import java.io.PrintStream;

/**
 * Prints one line per file as it ends, for logs and pipes:
 * {@code indexed    sample/01-msa.pdf  id=0a1b2c3d4e5f6789  3 pages  0.4 s}.
 */
public final class LogLineListener implements IngestListener {

  private final PrintStream out;
  private final boolean printSummary;

  /** Prints file lines only; the caller prints the summary. */
  public LogLineListener(PrintStream out) {
    this(out, false);
  }

  /** Prints file lines and, when {@code printSummary}, the summary at the end. */
  public LogLineListener(PrintStream out, boolean printSummary) {
    this.out = out;
    this.printSummary = printSummary;
  }

  @Override
  public void completed(IngestSummary summary) {
    if (printSummary) {
      line(summary.render().stripTrailing());
    }
  }

  @Override
  public void started(long expectedFiles) {
    line("ingesting about " + expectedFiles + " file" + (expectedFiles == 1 ? "" : "s"));
  }

  @Override
  public void finished(IngestResult r) {
    StringBuilder line = new StringBuilder(String.format("%-11s %s", r.status().label(), r.name()));
    if (r.id() != null) {
      line.append("  id=").append(r.id());
    }
    if (r.pages() > 0) {
      line.append("  ").append(r.pages()).append(r.pages() == 1 ? " page" : " pages");
    }
    if (!r.elapsed().isZero()) {
      line.append(String.format("  %.1f s", r.elapsed().toMillis() / 1000.0));
    }
    if (r.message() != null && !r.status().ok()) {
      line.append("  (").append(r.message()).append(')');
    }
    line(line.toString());
  }

  private void line(String text) {
    synchronized (out) {
      out.println(text);
      out.flush();
    }
  }
}
