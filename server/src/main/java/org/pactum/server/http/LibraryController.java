package org.pactum.server.http;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.core.type.TypeReference;
import org.pactum.indexer.Repository;
import org.pactum.indexer.compare.Deviation;
import org.pactum.indexer.library.ClauseLibrary;
import org.pactum.indexer.library.StandardClause;
import org.pactum.server.auth.AuditLog;

/** The clause library: standard clauses, and each category's clauses ranked by deviation from them. */
final class LibraryController {

  /** The body of a new standard clause. */
  record NewStandard(String category, String name, String text) {}

  /** A page of ranked clauses. */
  record DeviationPage(String category, List<StandardClause> standards, int total, List<Deviation> deviations) {}

  private final Repository repository;
  private final AuditLog audit;

  LibraryController(Repository repository, AuditLog audit) {
    this.repository = repository;
    this.audit = audit;
  }

  void list(Context ctx) throws IOException {
    String category = ctx.queryParam("category");
    ctx.json(category == null || category.isBlank() ? repository.library().list() : repository.library().of(category));
  }

  void get(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    ctx.json(repository.library().get(id).orElseThrow(() -> new NotFoundException("no standard clause with id " + id)));
  }

  void add(Context ctx) throws IOException {
    NewStandard body = Requests.body(ctx, new TypeReference<NewStandard>() {}, "{\"category\": ..., \"name\": ..., \"text\": ...}");
    StandardClause added = repository.library().add(body.category(), body.name(), body.text());
    audit.record(AuthGuard.principal(ctx).name(), "library-add", added.id(), added.category() + ": " + added.name());
    ctx.status(HttpStatus.CREATED).json(added);
  }

  void remove(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    if (!repository.library().remove(id)) {
      throw new NotFoundException("no standard clause with id " + id);
    }
    audit.record(AuthGuard.principal(ctx).name(), "library-remove", id, "");
    ctx.json(Map.of("removed", id));
  }

  /**
   * {@code category} (required), {@code offset}, {@code limit}: most deviant first, against the
   * team's standard clauses or, without one, the category's usual wording learned from the contracts.
   */
  void deviations(Context ctx) throws IOException {
    String category = ClauseLibrary.canonicalCategory(ctx.queryParam("category"));
    List<StandardClause> standards = repository.library().of(category);
    if (standards.isEmpty()) {
      // no curated wording: ranked against the repository's usual wording, which the answer names
      standards = repository.usualWording(category).stream().toList();
    }
    if (standards.isEmpty()) {
      throw new NotFoundException("no standard clause for " + category + " and too few of its clauses to learn one from;"
          + " add one (POST /api/library)");
    }
    int offset = Math.max(0, Requests.intParam(ctx, "offset", 0));
    int limit = Math.max(1, Math.min(200, Requests.intParam(ctx, "limit", 20)));
    List<Deviation> ranked = repository.deviations(category);
    List<Deviation> page = ranked.subList(Math.min(offset, ranked.size()), Math.min(offset + limit, ranked.size()));
    ctx.json(new DeviationPage(category, standards, ranked.size(), page));
  }
}
