package org.pactum.server.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.pactum.extractor.model.Json;

/**
 * The append-only audit trail, {@code DATA/audit.jsonl}: one JSON object a line, written and forced
 * to disk before the action it records is answered. Nothing in Pactum rewrites or truncates it.
 */
public final class AuditLog {

  private final Path file;
  private final ObjectMapper json = Json.mapper();

  public AuditLog(Path data) {
    this.file = data.resolve("audit.jsonl");
  }

  public Path file() {
    return file;
  }

  public synchronized void record(String user, String action, String target, String detail) throws IOException {
    AuditEntry entry = new AuditEntry(Instant.now(), user, action, target == null ? "" : target, detail == null ? "" : detail);
    byte[] line = (json.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8);
    Files.createDirectories(file.getParent());
    try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE)) {
      out.write(java.nio.ByteBuffer.wrap(line));
      out.force(false);
    }
  }

  /** The last {@code limit} entries, newest first. */
  public synchronized List<AuditEntry> last(int limit) throws IOException {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    Deque<AuditEntry> kept = new ArrayDeque<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        kept.addFirst(json.readValue(line, AuditEntry.class));
        if (kept.size() > limit) {
          kept.removeLast();
        }
      }
    }
    return new ArrayList<>(kept);
  }
}
