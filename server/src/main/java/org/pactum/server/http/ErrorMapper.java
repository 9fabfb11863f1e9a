package org.pactum.server.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import org.pactum.indexer.search.InvalidQueryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place that maps exceptions to HTTP statuses, always with a JSON body. */
final class ErrorMapper {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

  private ErrorMapper() {}

  static void register(Javalin app) {
    app.exception(InvalidQueryException.class, (e, ctx) -> answer(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
    app.exception(IllegalArgumentException.class, (e, ctx) -> answer(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
    app.exception(NotFoundException.class, (e, ctx) -> answer(ctx, HttpStatus.NOT_FOUND, e.getMessage()));
    app.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, HttpStatus.forStatus(e.getStatus()), e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> {
      LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
      answer(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "internal error: " + e.getClass().getSimpleName());
    });
    app.error(HttpStatus.NOT_FOUND, ctx -> {
      if (ctx.path().startsWith("/api/") && ctx.result() == null) {
        answer(ctx, HttpStatus.NOT_FOUND, "no such endpoint: " + ctx.method() + " " + ctx.path());
      }
    });
  }

  private static void answer(Context ctx, HttpStatus status, String message) {
    ctx.status(status).json(new ApiError(status.getCode(), message == null ? status.getMessage() : message));
  }
}
