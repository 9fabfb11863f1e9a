package org.pactum.server.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.pactum.extractor.model.Json;

/**
 * Every file's result in an ingest run, one JSON line each in {@code DATA/runs/<run>.jsonl}, so the
 * run can be triaged afterwards: what failed and why, what was already there. Runs are named by
 * when they started ({@code 20261123-101500-123}), so names sort in time.
 */
public final class RunLog implements IngestListener, AutoCloseable {

  private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

  private final String id;
  private final BufferedWriter out;
  private final ObjectMapper json = Json.mapper();

  private RunLog(String id, BufferedWriter out) {
    this.id = id;
    this.out = out;
  }

  /** A new run's log in {@code runs}, named by the time now (a later millisecond when that name is taken). */
  public static synchronized RunLog start(Path runs) throws IOException {
    Files.createDirectories(runs);
    ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
    String id = NAME.format(now);
    while (Files.exists(runs.resolve(id + ".jsonl"))) {
      now = now.plusNanos(1_000_000);
      id = NAME.format(now);
    }
    return new RunLog(id, Files.newBufferedWriter(runs.resolve(id + ".jsonl"), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW));
  }

  /** Where a repository keeps its runs' logs. */
  public static Path folderOf(Path dataRoot) {
    return dataRoot.resolve("runs");
  }

  /** The run asked for, or the newest when none is named; empty when none is named and there is no run yet. */
  public static Optional<String> chosen(Path runs, @Nullable String run) throws IOException {
    if (run != null && !run.isBlank()) {
      return Optional.of(run);
    }
    return runs(runs).stream().findFirst();
  }

  public String id() {
    return id;
  }

  @Override
  public synchronized void finished(IngestResult result) {
    try {
      out.write(json.writeValueAsString(result));
      out.newLine();
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the run's log", e);
    }
  }

  @Override
  public synchronized void close() throws IOException {
    out.close();
  }

  /** The runs in {@code runs}, newest first. */
  public static List<String> runs(Path runs) throws IOException {
    if (!Files.isDirectory(runs)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(runs)) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".jsonl"))
          .map(n -> n.substring(0, n.length() - ".jsonl".length())).sorted(Comparator.reverseOrder()).toList();
    }
  }

  /** A run's results in the order files finished; empty when there is no such run. */
  public static Optional<List<IngestResult>> read(Path runs, String id) throws IOException {
    if (!id.matches("[0-9]{8}-[0-9]{6}-[0-9]{3}")) {
      return Optional.empty();
    }
    Path file = runs.resolve(id + ".jsonl");
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    List<IngestResult> results = new ArrayList<>();
    ObjectMapper json = Json.mapper();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        try {
          results.add(json.readValue(line, IngestResult.class));
        } catch (IOException e) {
          break; // the last line of a run a crash cut short
        }
      }
    }
    return Optional.of(results);
  }
}
