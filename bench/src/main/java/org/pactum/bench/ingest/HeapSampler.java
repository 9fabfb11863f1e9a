package org.pactum.bench.ingest;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Heap used after a full collection, read from inside the running JVM. */
final class HeapSampler {

  /** One reading: after how many documents, heap used and committed, in bytes. */
  record Sample(long documents, long used, long committed, double seconds) {
    String line() {
      return String.format(Locale.ROOT, "  %,6d documents  %7.2f s  heap used after full GC %6.1f MB (committed %6.1f MB)",
          documents, seconds, used / 1e6, committed / 1e6);
    }
  }

  private final long started = System.nanoTime();
  private final List<Sample> samples = new ArrayList<>();

  /** Collects (System.gc() is a full, stop-the-world collection with the default G1 and with Serial) and reads the heap. */
  synchronized Sample sample(long documents) {
    System.gc();
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    Sample sample = new Sample(documents, heap.getUsed(), heap.getCommitted(), (System.nanoTime() - started) / 1e9);
    samples.add(sample);
    return sample;
  }

  /** Every reading in the order taken; the last may repeat a document count (the reading after the run). */
  synchronized List<Sample> samples() {
    return List.copyOf(samples);
  }
}
