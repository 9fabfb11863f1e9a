package org.pactum.server.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import org.pactum.extractor.model.ContractRecord;
import org.pactum.extractor.model.Json;
import org.pactum.indexer.Repository;
import org.pactum.indexer.search.InvalidQueryException;
import org.pactum.indexer.search.SearchRequest;

/** Documents: list, get, original file, tags. */
final class DocumentController {

  private final Repository repository;

  DocumentController(Repository repository) {
    this.repository = repository;
  }

  void list(Context ctx) throws IOException, InvalidQueryException {
    ctx.json(repository.search(Requests.page(ctx, "")));
  }

  void get(Context ctx) throws IOException {
    ctx.json(record(ctx.pathParam("id")));
  }

  void original(Context ctx) throws IOException {
    ContractRecord record = record(ctx.pathParam("id"));
    InputStream in = repository.blobs().open(record.sha256());
    ctx.contentType(record.mediaType());
    ctx.header("Content-Disposition", "attachment; filename=\"" + FileNames.safe(record.fileName()) + "\"");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.result(in);
  }

  void tags(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    record(id);
    ctx.json(repository.tags(id));
  }

  /** The body is the whole new list: {@code ["renewal review", "supplier: acme"]}. */
  void setTags(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    List<String> tags = null;
    try {
      tags = Json.mapper().readValue(ctx.bodyAsBytes(), new TypeReference<List<String>>() {});
    } catch (IOException e) {
      // answered below
    }
    if (tags == null) {
      throw new IllegalArgumentException("the body must be a JSON list of tags: [\"renewal review\", ...]");
    }
    ctx.json(repository.setTags(id, tags).orElseThrow(() -> new NotFoundException("no document with id " + id)));
  }

  private ContractRecord record(String id) throws IOException {
    return repository.get(id).orElseThrow(() -> new NotFoundException("no document with id " + id));
  }
}
