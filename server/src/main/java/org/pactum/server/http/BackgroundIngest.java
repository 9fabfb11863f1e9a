package org.pactum.server.http;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.pactum.server.ingest.IngestListener;
import org.pactum.server.ingest.IngestResult;
import org.pactum.server.ingest.IngestService;
import org.pactum.server.ingest.IngestSummary;

/** An ingest the server runs on its own thread (the sample contracts on first start). */
public final class BackgroundIngest {

  /** What the background ingest is doing, for {@code /api/status}. */
  public record State(String phase, long expected, long done, @Nullable String summary) {}

  private final AtomicReference<State> state = new AtomicReference<>(new State("idle", 0, 0, null));
  private final AtomicLong expected = new AtomicLong();
  private final AtomicLong done = new AtomicLong();

  public State state() {
    return state.get();
  }

  /** Starts ingesting {@code inputs}; {@code also} hears every result too. */
  public Thread start(IngestService service, List<Path> inputs, IngestListener also) {
    Thread thread =
        new Thread(
            () -> {
              try {
                service.ingest(inputs, new Tracker(also));
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "background-ingest");
    thread.setDaemon(true);
    state.set(new State("running", 0, 0, null));
    thread.start();
    return thread;
  }

  private final class Tracker implements IngestListener {
    private final IngestListener also;

    Tracker(IngestListener also) {
      this.also = also;
    }

    @Override
    public void started(long expectedFiles) {
      expected.set(expectedFiles);
      state.set(new State("running", expectedFiles, 0, null));
      also.started(expectedFiles);
    }

    @Override
    public void discovered(long moreFiles) {
      expected.addAndGet(moreFiles);
    }

    @Override
    public void finished(IngestResult result) {
      state.set(new State("running", expected.get(), done.incrementAndGet(), null));
      also.finished(result);
    }

    @Override
    public void completed(IngestSummary summary) {
      state.set(new State("done", expected.get(), done.get(), summary.render()));
      also.completed(summary);
    }
  }
}
