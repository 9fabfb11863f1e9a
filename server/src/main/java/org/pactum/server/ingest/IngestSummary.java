package org.pactum.server.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.pactum.extractor.model.DocumentStatus;

/** The account of a bulk run: counts per status and every file that did not make it. */
public record IngestSummary(
    Map<DocumentStatus, Long> counts, List<IngestResult> problems, Duration elapsed, @Nullable String run) {

  /** Exit code when every file was indexed or already stored. */
  public static final int EXIT_OK = 0;
  /** Exit code when at least one file did not make it. */
  public static final int EXIT_SOME_FILES_FAILED = 1;

  public IngestSummary {
    counts = Map.copyOf(counts);
    problems = List.copyOf(problems);
  }

  public IngestSummary(Map<DocumentStatus, Long> counts, List<IngestResult> problems, Duration elapsed) {
    this(counts, problems, elapsed, null);
  }

  /** The same summary, naming the run whose log holds every file's result (for {@code pactum triage}). */
  public IngestSummary withRun(String id) {
    return new IngestSummary(counts, problems, elapsed, id);
  }

  public long total() {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  public long count(DocumentStatus status) {
    return counts.getOrDefault(status, 0L);
  }

  public int exitCode() {
    return problems.isEmpty() ? EXIT_OK : EXIT_SOME_FILES_FAILED;
  }

  /** A readable multi-line report. */
  public String render() {
    StringBuilder out = new StringBuilder();
    double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
    out.append(String.format("%d file%s in %.1f s (%.1f files/s)%n", total(), total() == 1 ? "" : "s", seconds, total() / seconds));
    for (DocumentStatus status : DocumentStatus.values()) {
      long n = count(status);
      if (n > 0) {
        out.append(String.format("  %-11s %6d%n", status.label(), n));
      }
    }
    if (!problems.isEmpty()) {
      out.append(String.format("%d file%s did not make it:%n", problems.size(), problems.size() == 1 ? "" : "s"));
      for (IngestResult r : problems) {
        out.append(String.format("  %-11s %s: %s%n", r.status().label(), r.name(), r.message()));
      }
    }
    return out.toString();
  }
}
