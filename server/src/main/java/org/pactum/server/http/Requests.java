package org.pactum.server.http;

import io.javalin.http.Context;
import org.pactum.indexer.search.SearchRequest;

/** Reads common query parameters, with a clear 400 when they are wrong. */
final class Requests {

  private Requests() {}

  static SearchRequest page(Context ctx, String query) {
    return new SearchRequest(query, intParam(ctx, "offset", 0), intParam(ctx, "limit", SearchRequest.DEFAULT_LIMIT));
  }

  static int intParam(Context ctx, String name, int fallback) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number: " + value);
    }
  }
}
