package org.pactum.server.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import org.pactum.indexer.Repository;
import org.pactum.indexer.dates.DateQuery;
import org.pactum.indexer.dates.KeyDate;
import org.pactum.server.auth.AuditLog;
import org.pactum.server.export.KeyDateCalendar;
import org.pactum.server.export.KeyDateCsv;

/** Key dates as JSON, and their exports as CSV, iCalendar and JSON files. */
final class DatesController {

  private final Repository repository;
  private final AuditLog audit;

  DatesController(Repository repository, AuditLog audit) {
    this.repository = repository;
    this.audit = audit;
  }

  /** {@code within} (90d, 6m, 1y), {@code expired}, {@code autoRenews}, {@code kind} (comma-separated), {@code today}. */
  void list(Context ctx) throws IOException {
    ctx.json(dates(ctx));
  }

  void csv(Context ctx) throws IOException {
    StringBuilder out = new StringBuilder(KeyDateCsv.header());
    dates(ctx).forEach(d -> out.append(KeyDateCsv.row(d)));
    attachment(ctx, "text/csv; charset=utf-8", "key-dates.csv");
    ctx.result(out.toString());
  }

  void ics(Context ctx) throws IOException {
    String link = ctx.scheme() + "://" + ctx.host() + "/#/documents/{id}";
    attachment(ctx, "text/calendar; charset=utf-8", "key-dates.ics");
    ctx.result(KeyDateCalendar.write(dates(ctx), link, Instant.now()));
  }

  void json(Context ctx) throws IOException {
    attachment(ctx, "application/json", "key-dates.json");
    ctx.json(dates(ctx));
  }

  private void attachment(Context ctx, String type, String name) throws IOException {
    audit.record(AuthGuard.principal(ctx).name(), "export", name, ctx.queryString() == null ? "" : ctx.queryString());
    ctx.contentType(type);
    ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
  }

  private List<KeyDate> dates(Context ctx) throws IOException {
    LocalDate today;
    try {
      String day = ctx.queryParam("today");
      today = day == null || day.isBlank() ? LocalDate.now() : LocalDate.parse(day.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("today must be a date YYYY-MM-DD: " + ctx.queryParam("today"));
    }
    String within = ctx.queryParam("within");
    EnumSet<KeyDate.Kind> kinds = EnumSet.noneOf(KeyDate.Kind.class);
    for (String value : ctx.queryParams("kind")) {
      for (String kind : value.split(",")) {
        if (!kind.isBlank()) {
          kinds.add(KeyDate.Kind.parse(kind));
        }
      }
    }
    DateQuery query = new DateQuery(today,
        within == null || within.isBlank() ? null : DateQuery.parseWindow(within, today),
        Boolean.parseBoolean(ctx.queryParam("expired")), Boolean.parseBoolean(ctx.queryParam("autoRenews")), kinds);
    return repository.keyDates(query);
  }
}
