package org.pactum.bench.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.pactum.bench.Percentiles;

/** What the load clients saw, shared between them: every request's kind, status and latency, and each upload's fate. */
final class LoadRecord {

  /** How an accepted upload ended, as its job said. */
  record Upload(String status, String id, long nanos) {}

  private final Map<String, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();
  private final Map<String, Map<Integer, AtomicLong>> statuses = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> bytes = new ConcurrentHashMap<>();
  private final AtomicLong errors = new AtomicLong();
  private final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
  private final Map<String, String> accepted = new ConcurrentHashMap<>();
  private final Map<String, Upload> done = new ConcurrentHashMap<>();

  void request(String kind, int status, long nanos, long size) {
    latencies.computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>()).add(nanos);
    statuses.computeIfAbsent(kind, k -> new ConcurrentHashMap<>()).computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
    bytes.computeIfAbsent(kind, k -> new AtomicLong()).addAndGet(size);
  }

  /** A request that got no answer at all (connection refused, reset, timed out). */
  void error(Exception e) {
    if (errors.incrementAndGet() <= 5) {
      errorSamples.add(e.toString());
    }
  }

  void accepted(String reference, String job) {
    accepted.put(reference, job);
  }

  void done(String reference, String status, String id, long nanos) {
    done.put(reference, new Upload(status, id, nanos));
  }

  Map<String, String> accepted() {
    return Map.copyOf(accepted);
  }

  Map<String, Upload> uploads() {
    return Map.copyOf(done);
  }

  long serverErrors() {
    return statuses.values().stream().flatMap(m -> m.entrySet().stream()).filter(e -> e.getKey() >= 500)
        .mapToLong(e -> e.getValue().get()).sum();
  }

  long errors() {
    return errors.get();
  }

  /** A line per kind of request: count, rate, latency percentiles, status codes, mean answer size. */
  List<String> lines(double seconds) {
    List<String> lines = new ArrayList<>();
    for (String kind : new TreeMap<>(latencies).keySet()) {
      long[] nanos = latencies.get(kind).stream().mapToLong(Long::longValue).toArray();
      Map<Integer, Long> codes = new TreeMap<>();
      statuses.get(kind).forEach((code, n) -> codes.put(code, n.get()));
      lines.add(String.format(Locale.ROOT, "  %-7s %6d  %6.1f/s  %s  statuses %s  mean answer %.1f KB", kind, nanos.length,
          nanos.length / seconds, Percentiles.ofNanos(nanos).line(), codes, bytes.get(kind).get() / 1e3 / nanos.length));
    }
    if (errors.get() > 0) {
      lines.add("  no answer: " + errors.get() + " " + errorSamples);
    }
    return lines;
  }
}
