package org.pactum.server.http;

import com.fasterxml.jackson.core.type.TypeReference;
import io.javalin.http.Context;
import java.io.IOException;
import org.pactum.extractor.model.Json;
import org.pactum.indexer.search.SearchRequest;

/** Reads common query parameters and JSON bodies, with a clear 400 when they are wrong. */
final class Requests {

  private Requests() {}

  static SearchRequest page(Context ctx, String query) {
    return SearchRequest.page(query, intParam(ctx, "offset", 0), intParam(ctx, "limit", SearchRequest.DEFAULT_LIMIT));
  }

  /** {@code q, scope, category, party, law, type, from, to, minAmount, tag, review, renewal, notice, sort, offset, limit}. */
  static SearchRequest search(Context ctx) {
    String scope = ctx.queryParam("scope");
    String sort = ctx.queryParam("sort");
    SearchRequest.Filters filters = SearchRequest.Filters.of(ctx.queryParam("category"), ctx.queryParam("party"),
        ctx.queryParam("law"), ctx.queryParam("type"), ctx.queryParam("from"), ctx.queryParam("to"),
        ctx.queryParam("minAmount")).withTag(ctx.queryParam("tag")).withReview(ctx.queryParam("review"))
        .withRenewal(ctx.queryParam("renewal"), ctx.queryParam("notice"));
    String q = ctx.queryParam("q");
    return new SearchRequest(q == null ? "" : q,
        scope == null || scope.isBlank() ? SearchRequest.Scope.CONTRACTS : SearchRequest.Scope.parse(scope),
        filters,
        sort == null || sort.isBlank() ? SearchRequest.Sort.RELEVANCE : SearchRequest.Sort.parse(sort),
        intParam(ctx, "offset", 0), intParam(ctx, "limit", SearchRequest.DEFAULT_LIMIT));
  }

  /**
   * The request's JSON body as a {@code type}, read within the server's request size limit; a body
   * that is missing or not that JSON is a 400 saying what was expected.
   */
  static <T> T body(Context ctx, TypeReference<T> type, String expected) {
    T body = null;
    try {
      body = Json.mapper().readValue(ctx.bodyAsBytes(), type);
    } catch (IOException e) {
      // answered below
    }
    if (body == null) {
      throw new IllegalArgumentException("the body must be JSON: " + expected);
    }
    return body;
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
