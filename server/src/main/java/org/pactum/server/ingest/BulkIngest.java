package org.pactum.server.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.pactum.extractor.model.DocumentStatus;

/**
 * Runs a bulk ingest: expands the inputs on the calling thread and processes the files on a pool
 * of threads, at most a few staged files ahead of the workers so staging stays small. Every file
 * ends with a result, which goes to the listener as soon as it is final.
 */
public final class BulkIngest {

  /** Called every so often, and at the end, so finished work becomes durable in the index. */
  @FunctionalInterface
  public interface Checkpoint {
    void commit() throws IOException;
  }

  private final SourceExpander expander;
  private final DocumentProcessor processor;
  private final int threads;
  private final Checkpoint checkpoint;

  public BulkIngest(SourceExpander expander, DocumentProcessor processor, int threads, Checkpoint checkpoint) {
    if (threads < 1) {
      throw new IllegalArgumentException("at least one thread: " + threads);
    }
    this.expander = expander;
    this.processor = processor;
    this.threads = threads;
    this.checkpoint = checkpoint;
  }

  public IngestSummary run(List<Path> inputs, IngestListener listener) throws InterruptedException {
    return run(expander.count(inputs), receiver -> expander.expand(inputs, receiver), listener);
  }

  /** Ingests files given with their own names (uploads). */
  public IngestSummary runNamed(List<NamedFile> files, IngestListener listener) throws InterruptedException {
    return run(expander.countNamed(files), receiver -> expander.expandNamed(files, receiver), listener);
  }

  /** How the inputs are expanded into candidates. */
  private interface Expansion {
    void into(SourceExpander.Receiver receiver) throws InterruptedException;
  }

  private IngestSummary run(long expected, Expansion expansion, IngestListener listener) throws InterruptedException {
    long started = System.nanoTime();
    listener.started(expected);
    Map<DocumentStatus, Long> counts = new EnumMap<>(DocumentStatus.class);
    List<IngestResult> problems = new ArrayList<>();
    Semaphore slots = new Semaphore(threads * 2);
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "ingest");
      t.setDaemon(true);
      return t;
    });
    Object lock = new Object();
    long[] lastCommit = {System.nanoTime()};
    java.util.function.Consumer<IngestResult> finish = result -> {
      boolean commitDue;
      synchronized (lock) {
        counts.merge(result.status(), 1L, Long::sum);
        if (!result.status().ok()) {
          problems.add(result);
        }
        commitDue = System.nanoTime() - lastCommit[0] > TimeUnit.SECONDS.toNanos(5);
        if (commitDue) {
          lastCommit[0] = System.nanoTime();
        }
      }
      // outside the lock: the index takes a commit while other files are added, so the other threads
      // need not wait for it (the load benchmark saw them blocked for the length of every commit)
      if (commitDue) {
        commitQuietly();
      }
      listener.finished(result);
    };
    try {
      expansion.into(
          new SourceExpander.Receiver() {
            @Override
            public void candidate(Candidate candidate) throws InterruptedException {
              slots.acquire();
              pool.execute(() -> {
                try {
                  finish.accept(processor.process(candidate));
                } finally {
                  slots.release();
                }
              });
            }

            @Override
            public void refused(IngestResult result) {
              finish.accept(result);
            }

            @Override
            public void discovered(long more) {
              listener.discovered(more);
            }
          });
    } finally {
      pool.shutdown();
      pool.awaitTermination(365, TimeUnit.DAYS);
    }
    commitQuietly();
    IngestSummary summary;
    synchronized (lock) {
      summary = new IngestSummary(counts, problems, Duration.ofNanos(System.nanoTime() - started));
    }
    listener.completed(summary);
    return summary;
  }

  private void commitQuietly() {
    try {
      checkpoint.commit();
    } catch (IOException e) {
      // records are durable already; the index is rebuilt from them when the repository next opens
    }
  }
}
