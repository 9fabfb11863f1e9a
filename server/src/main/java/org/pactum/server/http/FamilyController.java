package org.pactum.server.http;

import io.javalin.http.Context;
import java.io.IOException;
import org.pactum.indexer.Repository;

/** Contract families: agreements with the documents that modify them, and the terms in force after them. */
final class FamilyController {

  private final Repository repository;

  FamilyController(Repository repository) {
    this.repository = repository;
  }

  void families(Context ctx) throws IOException {
    ctx.json(repository.families());
  }

  void familyOf(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    ctx.json(repository.familyOf(id).orElseThrow(() -> new NotFoundException(id + " belongs to no family")));
  }
}
