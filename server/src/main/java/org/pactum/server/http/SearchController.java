package org.pactum.server.http;

import io.javalin.http.Context;
import java.io.IOException;
import org.pactum.indexer.Repository;
import org.pactum.indexer.search.InvalidQueryException;

/** Full-text search over contracts or clauses, with filters and facets. */
final class SearchController {

  private final Repository repository;

  SearchController(Repository repository) {
    this.repository = repository;
  }

  void search(Context ctx) throws IOException, InvalidQueryException {
    ctx.json(repository.search(Requests.search(ctx)));
  }
}
