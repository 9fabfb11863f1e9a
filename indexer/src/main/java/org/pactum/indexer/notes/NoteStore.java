package org.pactum.indexer.notes;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.pactum.extractor.model.Json;
import org.pactum.indexer.store.AtomicFiles;

/** People's notes on contracts, one JSON list per contract in {@code DATA/notes/}, oldest first. */
public final class NoteStore {

  public static final int MAX_TEXT = 5000;
  private static final Pattern ID = Pattern.compile("[0-9a-f]{16}");

  private final Path root;
  private final SecureRandom random = new SecureRandom();

  public NoteStore(Path root) throws IOException {
    this.root = Files.createDirectories(root);
  }

  public List<Note> of(String contractId) throws IOException {
    Path file = pathOf(contractId);
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    return Json.mapper().readValue(file.toFile(), new TypeReference<List<Note>>() {});
  }

  /** @throws IllegalArgumentException for an empty note or one over {@value #MAX_TEXT} characters */
  public synchronized Note add(String contractId, String text, String user) throws IOException {
    String body = text == null ? "" : text.strip();
    if (body.isEmpty() || body.length() > MAX_TEXT) {
      throw new IllegalArgumentException("a note has 1 to " + MAX_TEXT + " characters");
    }
    byte[] id = new byte[6];
    random.nextBytes(id);
    Note note = new Note(HexFormat.of().formatHex(id), user, Instant.now(), body);
    List<Note> all = new ArrayList<>(of(contractId));
    all.add(note);
    AtomicFiles.write(pathOf(contractId), Json.mapper().writeValueAsBytes(all));
    return note;
  }

  /** Removes a note; empty when there is none with that id. */
  public synchronized Optional<Note> remove(String contractId, String noteId) throws IOException {
    List<Note> all = new ArrayList<>(of(contractId));
    Optional<Note> found = all.stream().filter(n -> n.id().equals(noteId)).findFirst();
    if (found.isPresent()) {
      all.remove(found.get());
      AtomicFiles.write(pathOf(contractId), Json.mapper().writeValueAsBytes(all));
    }
    return found;
  }

  public void delete(String contractId) throws IOException {
    Files.deleteIfExists(pathOf(contractId));
  }

  public int removeLeftovers() throws IOException {
    return AtomicFiles.removeLeftovers(root);
  }

  private Path pathOf(String contractId) {
    if (!ID.matcher(contractId).matches()) {
      throw new IllegalArgumentException("not a document id: " + contractId);
    }
    return root.resolve(contractId + ".json");
  }
}
