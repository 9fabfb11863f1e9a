package org.pactum.server.ingest;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.pactum.extractor.model.Json;
import org.pactum.extractor.parse.Folders;
import org.pactum.indexer.store.AtomicFiles;

/**
 * Uploads, ingested one batch at a time on a thread of their own. A batch is received into
 * {@code DATA/uploads/<job>/} with a manifest of the names it came with, and only then
 * acknowledged; it is removed once every file has its status. A batch left behind by a crash is
 * ingested again when the server starts (files already stored come back as duplicates), so an
 * acknowledged upload is never lost.
 */
public final class UploadJobs implements AutoCloseable {

  /** One uploaded file's outcome; {@code status} is {@code waiting} until it is ingested. */
  public record FileOutcome(String name, String status, @Nullable String message, @Nullable String id) {}

  /**
   * A batch of uploads: {@code phase} is {@code queued}, {@code running} or {@code done}; once done,
   * {@code run} names the ingest run whose triage report covers it.
   */
  public record Job(String id, String user, Instant received, String phase, List<FileOutcome> files, @Nullable String summary,
      @Nullable String run) {}

  /** What a batch was received with: where each file sits in the job folder and the name it came with. */
  record Entry(String file, String name) {}

  private static final String MANIFEST = "manifest.json";
  private static final int KEPT = 200;

  private final IngestService service;
  private final Path root;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "uploads");
    t.setDaemon(true);
    return t;
  });
  private final Map<String, Job> jobs = Collections.synchronizedMap(new LinkedHashMap<>() {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Job> eldest) {
      return size() > KEPT;
    }
  });
  private final SecureRandom random = new SecureRandom();

  public UploadJobs(IngestService service, Path root) throws IOException {
    this.service = service;
    this.root = Files.createDirectories(root);
  }

  /** A batch being received: files are added one by one, then {@link #submit}ted. */
  public final class Batch {
    private final String id;
    private final Path folder;
    private final List<Entry> entries = new ArrayList<>();

    private Batch(String id, Path folder) {
      this.id = id;
      this.folder = folder;
    }

    /** Copies one file in; its name is cleaned. */
    public void add(String sentName, InputStream content) throws IOException {
      String file = "f" + entries.size();
      Files.copy(content, folder.resolve(file), StandardCopyOption.REPLACE_EXISTING);
      entries.add(new Entry(file, UploadNames.clean(sentName)));
    }

    /** Makes the batch durable (the manifest last) and queues it; returns the job to poll. */
    public Job submit(String user) throws IOException {
      for (Entry e : entries) {
        AtomicFiles.force(folder.resolve(e.file()));
      }
      AtomicFiles.write(folder.resolve(MANIFEST), Json.mapper().writeValueAsBytes(entries));
      return queue(id, user, folder, entries);
    }

    /** Throws away a batch that could not be received whole. */
    public void discard() {
      Folders.deleteQuietly(folder);
    }
  }

  public Batch receive() throws IOException {
    byte[] bytes = new byte[8];
    random.nextBytes(bytes);
    String id = HexFormat.of().formatHex(bytes);
    return new Batch(id, Files.createDirectories(root.resolve(id)));
  }

  public Optional<Job> job(String id) {
    return Optional.ofNullable(jobs.get(id));
  }

  /** Ingests again the batches a crash left behind, and removes ones never acknowledged. Returns how many were queued. */
  public int resume() throws IOException {
    int queued = 0;
    try (Stream<Path> folders = Files.list(root)) {
      for (Path folder : folders.filter(Files::isDirectory).sorted(Comparator.comparing(Path::toString)).toList()) {
        Path manifest = folder.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
          Folders.deleteQuietly(folder);
          continue;
        }
        List<Entry> entries = Json.mapper().readValue(manifest.toFile(), new TypeReference<List<Entry>>() {});
        queue(folder.getFileName().toString(), "pactum (resumed after a restart)", folder, entries);
        queued++;
      }
    }
    return queued;
  }

  private Job queue(String id, String user, Path folder, List<Entry> entries) {
    List<FileOutcome> waiting = entries.stream().map(e -> new FileOutcome(e.name(), "waiting", null, null)).toList();
    Job job = new Job(id, user, Instant.now(), "queued", waiting, null, null);
    jobs.put(id, job);
    worker.execute(() -> run(job, folder, entries));
    return job;
  }

  private void run(Job job, Path folder, List<Entry> entries) {
    List<NamedFile> files = entries.stream()
        .map(e -> new NamedFile(folder.resolve(e.file()), e.name(), "upload"))
        .toList();
    List<FileOutcome> outcomes = Collections.synchronizedList(new ArrayList<>(job.files()));
    jobs.put(job.id(), new Job(job.id(), job.user(), job.received(), "running", List.copyOf(outcomes), null, null));
    try {
      IngestSummary summary = service.ingestNamed(files, new IngestListener() {
        @Override
        public void finished(IngestResult result) {
          record(job, outcomes, result);
        }
      });
      jobs.put(job.id(), new Job(job.id(), job.user(), job.received(), "done", List.copyOf(outcomes), summary.render(), summary.run()));
      Folders.deleteQuietly(folder);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Puts a result in the place of its file; an archive's entries are added after it. */
  private void record(Job job, List<FileOutcome> outcomes, IngestResult result) {
    FileOutcome outcome = new FileOutcome(result.name(), result.status().label(), result.message(), result.id());
    synchronized (outcomes) {
      int at = -1;
      for (int i = 0; i < outcomes.size(); i++) {
        if (outcomes.get(i).name().equals(result.name()) && outcomes.get(i).status().equals("waiting")) {
          at = i;
          break;
        }
      }
      if (at >= 0) {
        outcomes.set(at, outcome);
      } else {
        // an entry of an uploaded archive: the archive itself is done once its entries are
        outcomes.removeIf(o -> o.status().equals("waiting") && result.name().startsWith(o.name() + "!/"));
        outcomes.add(outcome);
      }
      jobs.put(job.id(), new Job(job.id(), job.user(), job.received(), "running", List.copyOf(outcomes), null, null));
    }
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
