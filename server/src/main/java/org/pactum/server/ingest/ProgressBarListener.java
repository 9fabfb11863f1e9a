package org.pactum.server.ingest;

import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jspecify.annotations.Nullable;

/** A terminal progress bar: files done of total, rate and time left. */
public final class ProgressBarListener implements IngestListener {

  private final AtomicLong expected = new AtomicLong();
  private @Nullable ProgressBar bar;

  @Override
  public synchronized void started(long expectedFiles) {
    expected.set(expectedFiles);
    bar =
        new ProgressBarBuilder()
            .setTaskName("Ingesting")
            .setInitialMax(expectedFiles)
            .setStyle(ProgressBarStyle.ASCII)
            .setUnit(" files", 1)
            .showSpeed()
            .setUpdateIntervalMillis(250)
            .build();
  }

  @Override
  public synchronized void discovered(long moreFiles) {
    if (bar != null) {
      bar.maxHint(expected.addAndGet(moreFiles));
    }
  }

  @Override
  public synchronized void finished(IngestResult result) {
    if (bar != null) {
      bar.step();
      bar.setExtraMessage(result.status().ok() ? "" : "last problem: " + shorten(result.name()));
    }
  }

  @Override
  public synchronized void completed(IngestSummary summary) {
    if (bar != null) {
      bar.maxHint(bar.getCurrent());
      bar.setExtraMessage("");
      bar.close();
      bar = null;
    }
  }

  private static String shorten(String name) {
    return name.length() <= 40 ? name : "..." + name.substring(name.length() - 37);
  }
}
