package org.pactum.server.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.pactum.indexer.Repository;
import org.pactum.indexer.compare.Comparison;
import org.pactum.indexer.compare.Passage;

/** Clauses: one clause, the clauses like it, and side-by-side comparison. */
final class ClauseController {

  /** More than a person can read side by side; keeps one request from diffing the repository. */
  static final int MAX_COMPARED = 10;

  private final Repository repository;

  ClauseController(Repository repository) {
    this.repository = repository;
  }

  void get(Context ctx) throws IOException {
    ctx.json(passage(ctx.pathParam("id")));
  }

  /** {@code limit} (default 10), {@code anyCategory=true} to include clauses sharing no category. */
  void similar(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    int limit = Requests.intParam(ctx, "limit", 10);
    if (limit < 1 || limit > 100) {
      throw new IllegalArgumentException("limit must be between 1 and 100: " + limit);
    }
    boolean anyCategory = Boolean.parseBoolean(ctx.queryParam("anyCategory"));
    ctx.json(repository.index().similar(id, limit, !anyCategory)
        .orElseThrow(() -> new NotFoundException("no clause with id " + id)));
  }

  /**
   * {@code ids}: two or more clause or standard-clause ids, comma-separated or repeated; the first is
   * the base. {@code sort=deviation} puts the others that differ most from it first.
   */
  void compare(Context ctx) throws IOException {
    List<String> ids = new ArrayList<>();
    for (String value : ctx.queryParams("ids")) {
      Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(ids::add);
    }
    if (ids.size() < 2 || ids.size() > MAX_COMPARED) {
      throw new IllegalArgumentException("ids must name 2 to " + MAX_COMPARED + " clauses, comma-separated; got " + ids.size());
    }
    String sort = ctx.queryParam("sort");
    if (sort != null && !sort.isBlank() && !sort.strip().equalsIgnoreCase("deviation")) {
      throw new IllegalArgumentException("sort must be deviation (the others most different from the first, first) or left out: " + sort);
    }
    List<Passage> passages = new ArrayList<>();
    for (String id : ids) {
      passages.add(passage(id));
    }
    Comparison comparison = Comparison.of(passages);
    ctx.json(sort == null || sort.isBlank() ? comparison : comparison.mostDifferentFirst());
  }

  private Passage passage(String id) throws IOException {
    return repository.passage(id).orElseThrow(() -> new NotFoundException("no clause with id " + id));
  }
}
