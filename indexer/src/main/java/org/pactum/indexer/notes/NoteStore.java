package org.pactum.indexer.notes;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.pactum.indexer.store.ContractFiles;

/** People's notes on contracts, one JSON list per contract in {@code DATA/notes/}, oldest first. */
public final class NoteStore {

  public static final int MAX_TEXT = 5000;

  private final ContractFiles files;
  private final SecureRandom random = new SecureRandom();

  public NoteStore(Path root) throws IOException {
    this.files = new ContractFiles(root);
  }

  public List<Note> of(String contractId) throws IOException {
    return files.read(contractId, new TypeReference<List<Note>>() {}).orElse(List.of());
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
    files.write(contractId, all);
    return note;
  }

  /** Removes a note; empty when there is none with that id. */
  public synchronized Optional<Note> remove(String contractId, String noteId) throws IOException {
    List<Note> all = new ArrayList<>(of(contractId));
    Optional<Note> found = all.stream().filter(n -> n.id().equals(noteId)).findFirst();
    if (found.isPresent()) {
      all.remove(found.get());
      files.write(contractId, all);
    }
    return found;
  }

  public void delete(String contractId) throws IOException {
    files.delete(contractId);
  }

  public int removeLeftovers() throws IOException {
    return files.removeLeftovers();
  }
}
