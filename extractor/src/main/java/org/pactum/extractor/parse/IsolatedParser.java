package org.pactum.extractor.parse;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.pactum.extractor.model.DocumentStatus;
import org.pactum.extractor.model.Json;
import org.pactum.extractor.model.ParsedDocument;

/**
 * Parses in a pool of separate JVM processes ({@link ParseWorkerMain}), each with its own heap
 * limit. A file that makes a parser hang is stopped at the time limit by killing its worker; one
 * that exhausts memory only ends its worker. Either way the file fails with a reason, a fresh
 * worker takes its place, and the calling process carries on.
 */
public final class IsolatedParser implements DocumentParser, AutoCloseable {

  /** Exit code of a JVM stopped by {@code -XX:+ExitOnOutOfMemoryError}. */
  private static final int OUT_OF_MEMORY_EXIT = 3;

  /**
   * How the pool runs.
   *
   * @param workers how many worker processes, hence how many files parse at once
   * @param heap the heap limit of each worker, as for {@code -Xmx} (e.g. {@code 768m})
   * @param recycleAfter a worker is replaced after this many files, to bound what parsers leak
   * @param log where the workers' own messages go; {@code null} discards them
   */
  public record Pool(int workers, String heap, int recycleAfter, @Nullable Path log) {
    public static final String DEFAULT_HEAP = "768m";

    public Pool {
      if (workers < 1 || recycleAfter < 1) {
        throw new IllegalArgumentException("a pool needs at least one worker");
      }
      if (!heap.matches("\\d+[kmgKMG]?")) {
        throw new IllegalArgumentException("heap must look like 768m or 2g: " + heap);
      }
    }

    public static Pool ofCores() {
      return new Pool(Runtime.getRuntime().availableProcessors(), DEFAULT_HEAP, 500, null);
    }
  }

  private final ParseSettings settings;
  private final Pool pool;
  private final BlockingQueue<Worker> idle;
  private final List<Worker> all = new ArrayList<>();
  private volatile boolean closed;

  public IsolatedParser(ParseSettings settings, Pool pool) {
    this.settings = settings;
    this.pool = pool;
    removeOrphanedFolders();
    this.idle = new ArrayBlockingQueue<>(pool.workers());
    for (int i = 0; i < pool.workers(); i++) {
      idle.add(new Worker());
    }
  }

  /**
   * The workers' temporary folders are named for the process that started them ({@value #FOLDER_PREFIX}PID-...), so a
   * process that was killed before it could remove its own leaves folders the next pool recognises and removes.
   */
  static final String FOLDER_PREFIX = "pactum-parse-";

  private static void removeOrphanedFolders() {
    Path temp = Path.of(System.getProperty("java.io.tmpdir"));
    try (Stream<Path> folders = Files.list(temp)) {
      folders.filter(f -> orphaned(f.getFileName().toString())).forEach(Folders::deleteQuietly);
    } catch (IOException | UncheckedIOException e) {
      // an unreadable temporary folder holds nothing this pool can tidy
    }
  }

  private static boolean orphaned(String name) {
    if (!name.startsWith(FOLDER_PREFIX)) {
      return false;
    }
    int dash = name.indexOf('-', FOLDER_PREFIX.length());
    try {
      long pid = Long.parseLong(name.substring(FOLDER_PREFIX.length(), dash < 0 ? name.length() : dash));
      return ProcessHandle.of(pid).isEmpty();
    } catch (NumberFormatException e) {
      return false;
    }
  }

  @Override
  public ParsedDocument parse(Path file, String fileName) throws DocumentException {
    if (closed) {
      throw new IllegalStateException("the parser pool is closed");
    }
    Worker worker;
    try {
      worker = idle.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UnreadableDocumentException("interrupted before parsing");
    }
    try {
      return worker.parse(file, fileName);
    } finally {
      idle.add(worker);
    }
  }

  @Override
  public void close() {
    closed = true;
    synchronized (all) {
      all.forEach(Worker::stop);
    }
  }

  /** One worker slot: restarts its process whenever the previous one died or was killed. */
  private final class Worker {
    private final ExecutorService reader =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "parse-worker-reader");
              t.setDaemon(true);
              return t;
            });
    private @Nullable Process process;
    /**
     * The process's own temporary folder: a parser killed mid-file (an OCR run at the time limit) cannot clean up
     * after itself, so the folder goes with the process.
     */
    private @Nullable Path temporary;
    private @Nullable BufferedWriter requests;
    private @Nullable BufferedReader responses;
    private int parsed;

    Worker() {
      synchronized (all) {
        all.add(this);
      }
    }

    ParsedDocument parse(Path file, String fileName) throws DocumentException {
      ObjectMapper json = Json.mapper();
      Process p;
      try {
        p = ensureStarted();
        requests.write(json.writeValueAsString(new WorkerMessage.Request(file.toAbsolutePath().toString(), fileName)));
        requests.newLine();
        requests.flush();
      } catch (IOException e) {
        stop();
        throw new UnreadableDocumentException("could not start a parse worker: " + e.getMessage(), e);
      }
      BufferedReader in = responses;
      Future<@Nullable String> answer = reader.submit(() -> nextAnswer(in));
      String line;
      try {
        line = answer.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        stop();
        throw new UnreadableDocumentException(
            "took longer than the limit of " + settings.timeout().toSeconds() + " s to parse");
      } catch (InterruptedException e) {
        stop();
        Thread.currentThread().interrupt();
        throw new UnreadableDocumentException("interrupted while parsing");
      } catch (ExecutionException e) {
        stop();
        throw new UnreadableDocumentException("lost the parse worker: " + e.getCause().getMessage());
      }
      if (line == null) {
        int exit = waitForExit(p);
        stop();
        throw new UnreadableDocumentException(
            exit == OUT_OF_MEMORY_EXIT
                ? "ran out of memory while parsing (worker heap " + pool.heap() + ")"
                : "the parser process crashed (exit code " + exit + ")");
      }
      if (++parsed >= pool.recycleAfter()) {
        stop();
      }
      WorkerMessage.Response response;
      try {
        response = json.readValue(line, WorkerMessage.Response.class);
      } catch (IOException e) {
        stop();
        throw new UnreadableDocumentException("unreadable answer from the parse worker: " + e.getMessage());
      }
      if (response.document() != null) {
        return response.document();
      }
      throw DocumentException.of(
          response.status() == null ? DocumentStatus.FAILED : response.status(),
          response.message() == null ? "unknown parse failure" : response.message());
    }

    /** The next answer line without its prefix, skipping anything else; null at end of stream. */
    private static @Nullable String nextAnswer(BufferedReader in) throws IOException {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.startsWith(WorkerMessage.PREFIX)) {
          return line.substring(WorkerMessage.PREFIX.length());
        }
      }
      return null;
    }

    private Process ensureStarted() throws IOException {
      if (process != null && process.isAlive()) {
        return process;
      }
      String java = ProcessHandle.current().info().command().orElse("java");
      deleteTemporary();
      temporary = Files.createTempDirectory(FOLDER_PREFIX + ProcessHandle.current().pid() + "-");
      List<String> command =
          List.of(
              java,
              "-Xmx" + pool.heap(),
              "-Djava.io.tmpdir=" + temporary,
              "-XX:+ExitOnOutOfMemoryError",
              "-XX:+UseSerialGC",
              "-Djava.awt.headless=true",
              "-cp",
              System.getProperty("java.class.path"),
              ParseWorkerMain.class.getName(),
              Json.mapper().writeValueAsString(settings));
      ProcessBuilder builder = new ProcessBuilder(command);
      builder.redirectError(
          pool.log() == null
              ? ProcessBuilder.Redirect.DISCARD
              : ProcessBuilder.Redirect.appendTo(pool.log().toFile()));
      Process started = builder.start();
      process = started;
      requests = new BufferedWriter(new OutputStreamWriter(started.getOutputStream(), StandardCharsets.UTF_8));
      responses = new BufferedReader(new InputStreamReader(started.getInputStream(), StandardCharsets.UTF_8));
      parsed = 0;
      return started;
    }

    private int waitForExit(Process p) {
      try {
        if (p.waitFor(5, TimeUnit.SECONDS)) {
          return p.exitValue();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return -1;
    }

    void stop() {
      Process p = process;
      process = null;
      if (p != null) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        try {
          p.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      deleteTemporary();
      if (closed) {
        reader.shutdownNow();
      }
    }

    /** Removes the last process's temporary folder and whatever its parsers left in it. */
    private void deleteTemporary() {
      Path folder = temporary;
      temporary = null;
      if (folder != null) {
        Folders.deleteQuietly(folder);
      }
    }
  }
}
