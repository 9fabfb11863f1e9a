package org.pactum.bench;

import java.util.Locale;

/**
 * What one pass over a corpus achieved: files, pages, bytes and characters of text in so many
 * seconds of wall time, using so many seconds of CPU (this JVM and its child processes; see
 * {@link CpuTime}). {@code chars} is -1 when the pass does not see the text (a full ingest keeps it
 * in its records).
 */
public record Throughput(String name, int files, long pages, long bytes, long chars, double seconds, double cpuSeconds) {

  public double filesPerSecond() {
    return files / seconds;
  }

  public String line() {
    return String.format(Locale.ROOT,
        "%-20s %4d files %6d pages %5.1f MB %9s chars  %7.2f s  %6.2f files/s  %7.1f pages/s  %5.2f MB/s  cpu %6.1f s",
        name, files, pages, bytes / 1e6, chars < 0 ? "-" : Long.toString(chars), seconds, files / seconds,
        pages / seconds, bytes / 1e6 / seconds, cpuSeconds);
  }
}
