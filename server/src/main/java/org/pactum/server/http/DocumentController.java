package org.pactum.server.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import org.pactum.extractor.model.ContractRecord;
import org.pactum.indexer.Repository;
import org.pactum.indexer.search.InvalidQueryException;
import org.pactum.indexer.search.SearchRequest;

/** Documents: list, get, original file. */
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

  private ContractRecord record(String id) throws IOException {
    return repository.get(id).orElseThrow(() -> new NotFoundException("no document with id " + id));
  }
}
