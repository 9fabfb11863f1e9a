package org.pactum.server.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import org.pactum.extractor.model.ContractRecord;
import org.pactum.indexer.Repository;
import org.pactum.indexer.search.InvalidQueryException;
import org.pactum.indexer.search.SearchRequest;
import org.pactum.indexer.corrections.Correction;
import org.pactum.indexer.notes.Note;
import org.pactum.server.auth.AuditLog;

/** Documents: list, get, original file, tags, corrections, notes. */
final class DocumentController {

  private final Repository repository;
  private final AuditLog audit;

  DocumentController(Repository repository, AuditLog audit) {
    this.repository = repository;
    this.audit = audit;
  }

  void list(Context ctx) throws IOException, InvalidQueryException {
    ctx.json(repository.search(Requests.page(ctx, "")));
  }

  /** The record with people's corrections in place; each corrected value's extractor says who corrected it. */
  void get(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    ContractRecord record = repository.corrected(id).orElseThrow(() -> new NotFoundException("no document with id " + id));
    audit.record(AuthGuard.principal(ctx).name(), "view", record.id(), record.fileName());
    ctx.json(record);
  }

  /** Every correction of the document, oldest first, with who and when. */
  void corrections(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    requireDocument(id);
    ctx.json(repository.corrections().history(id));
  }

  /** {@code {field, value}}: corrects one extracted value; an empty value withdraws the correction. */
  void correct(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    NewCorrection body = Requests.body(ctx, new TypeReference<NewCorrection>() {}, "{\"field\": ..., \"value\": ...}");
    String user = AuthGuard.principal(ctx).name();
    Correction correction = repository.correct(id, body.field(), body.value(), user)
        .orElseThrow(() -> new NotFoundException("no document with id " + id));
    audit.record(user, "correct", id, correction.field() + " = " + correction.value());
    ctx.json(correction);
  }

  record NewCorrection(String field, String value) {}

  record NewNote(String text) {}

  void notes(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    requireDocument(id);
    ctx.json(repository.notes().of(id));
  }

  /** {@code {text}}: adds a note signed by the person adding it. */
  void addNote(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    requireDocument(id);
    NewNote body = Requests.body(ctx, new TypeReference<NewNote>() {}, "{\"text\": ...}");
    String user = AuthGuard.principal(ctx).name();
    Note note = repository.notes().add(id, body.text(), user);
    audit.record(user, "note", id, note.id());
    ctx.status(io.javalin.http.HttpStatus.CREATED).json(note);
  }

  /** Removes a note: its author may, and an admin. */
  void removeNote(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    String noteId = ctx.pathParam("note");
    requireDocument(id);
    var principal = AuthGuard.principal(ctx);
    Note note = repository.notes().of(id).stream().filter(n -> n.id().equals(noteId)).findFirst()
        .orElseThrow(() -> new NotFoundException("no note " + noteId + " on document " + id));
    if (!note.user().equals(principal.name()) && principal.role() != org.pactum.server.auth.Role.ADMIN) {
      throw new io.javalin.http.ForbiddenResponse("only the note's author or an admin may remove it");
    }
    repository.notes().remove(id, noteId);
    audit.record(principal.name(), "note-remove", id, noteId);
    ctx.json(java.util.Map.of("removed", noteId));
  }

  void original(Context ctx) throws IOException {
    ContractRecord record = record(ctx.pathParam("id"));
    audit.record(AuthGuard.principal(ctx).name(), "download", record.id(), record.fileName());
    InputStream in = repository.blobs().open(record.sha256());
    FileNames.attach(ctx, record.mediaType(), record.fileName());
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.result(in);
  }

  void tags(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    requireDocument(id);
    ctx.json(repository.tags(id));
  }

  /** The body is the whole new list: {@code ["renewal review", "supplier: acme"]}. */
  void setTags(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    List<String> tags = Requests.body(ctx, new TypeReference<List<String>>() {}, "a list of tags: [\"renewal review\", ...]");
    List<String> stored = repository.setTags(id, tags).orElseThrow(() -> new NotFoundException("no document with id " + id));
    audit.record(AuthGuard.principal(ctx).name(), "tag", id, String.join("; ", stored));
    ctx.json(stored);
  }

  /** A 404 unless the document is stored; reads no record. */
  private void requireDocument(String id) {
    if (!repository.contains(id)) {
      throw new NotFoundException("no document with id " + id);
    }
  }

  private ContractRecord record(String id) throws IOException {
    return repository.get(id).orElseThrow(() -> new NotFoundException("no document with id " + id));
  }
}
