package org.pactum.bench;

import java.util.Arrays;
import java.util.Locale;

/** Latency percentiles of a set of timings, in milliseconds. */
public final class Percentiles {

  private final long[] sorted;

  private Percentiles(long[] nanos) {
    this.sorted = nanos.clone();
    Arrays.sort(sorted);
  }

  public static Percentiles ofNanos(long[] nanos) {
    return new Percentiles(nanos);
  }

  public int count() {
    return sorted.length;
  }

  /** The p-th percentile (nearest rank), in milliseconds; 0 when there are no timings. */
  public double ms(int p) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }

  public double maxMs() {
    return sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6;
  }

  /** {@code p50 1.2 ms, p90 3.4 ms, p99 5.6 ms, max 7.8 ms}. */
  public String line() {
    return String.format(Locale.ROOT, "p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms", ms(50), ms(90), ms(99), maxMs());
  }
}
