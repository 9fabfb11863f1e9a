package org.pactum.server.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pactum.indexer.Repository;

/** Health and what the server is doing. */
final class StatusController {

  private final Repository repository;
  private final BackgroundIngest background;

  StatusController(Repository repository, BackgroundIngest background) {
    this.repository = repository;
    this.background = background;
  }

  void status(Context ctx) throws IOException {
    Map<String, Object> status = new LinkedHashMap<>();
    status.put("status", "ok");
    status.put("documents", repository.index().count());
    status.put("ingest", background.state());
    ctx.json(status);
  }
}
