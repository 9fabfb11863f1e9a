package org.pactum.bench.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.pactum.bench.ParallelFiles;

/**
 * Poppler's {@code pdftotext}, one process per file, text read back through a pipe: the native
 * reference for how fast PDF text can be had. Pages are counted by the form feed it ends each with.
 */
final class Pdftotext implements ParallelFiles.Task {

  static final String COMMAND = "pdftotext";

  @Override
  public ParallelFiles.Text read(Path file) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(COMMAND, "-enc", "UTF-8", file.toString(), "-")
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    byte[] out;
    try (InputStream in = process.getInputStream()) {
      out = in.readAllBytes();
    }
    if (process.waitFor() != 0) {
      return ParallelFiles.Text.NOTHING;
    }
    long pages = 0;
    for (byte b : out) {
      if (b == '\f') {
        pages++;
      }
    }
    return new ParallelFiles.Text(pages, new String(out, StandardCharsets.UTF_8).length());
  }

  /** Whether the command is installed, so the pass can be left out with a note instead of failing. */
  static boolean available() {
    try {
      return new ProcessBuilder(COMMAND, "-v").redirectErrorStream(true).start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
