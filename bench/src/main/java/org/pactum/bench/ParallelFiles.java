package org.pactum.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/** Runs one task per file on a fixed number of threads and adds up what the tasks read. */
public final class ParallelFiles {

  /** What a task got out of one file. */
  public record Text(long pages, long chars) {
    public static final Text NOTHING = new Text(0, 0);
  }

  /** Reads one file; a file it cannot read counts, with whatever it returns. */
  @FunctionalInterface
  public interface Task {
    Text read(Path file) throws Exception;
  }

  private ParallelFiles() {}

  /** The regular files under a folder, sorted, so every pass sees them in the same order. */
  public static List<Path> under(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }

  public static long bytes(List<Path> files) throws IOException {
    long bytes = 0;
    for (Path f : files) {
      bytes += Files.size(f);
    }
    return bytes;
  }

  public static Throughput run(String name, List<Path> files, int threads, Task task) throws Exception {
    AtomicLong pages = new AtomicLong();
    AtomicLong chars = new AtomicLong();
    double cpu = CpuTime.withChildren();
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = files.stream().<Future<?>>map(f -> pool.submit(() -> {
        Text text = task.read(f);
        pages.addAndGet(text.pages());
        chars.addAndGet(text.chars());
        return null;
      })).toList();
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Throughput(name, files.size(), pages.get(), bytes(files), chars.get(), seconds, CpuTime.withChildren() - cpu);
  }
}
