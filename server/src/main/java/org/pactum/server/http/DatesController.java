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
import io.javalin.http.UnauthorizedResponse;
import java.util.Map;
import org.pactum.server.auth.ApiToken;
import org.pactum.server.auth.ApiTokens;
import org.pactum.server.auth.AuditLog;
import org.pactum.server.auth.Role;
import org.pactum.server.export.KeyDateCalendar;
import org.pactum.server.export.KeyDateCsv;

/** Key dates as JSON, and their exports as CSV, iCalendar and JSON files. */
final class DatesController {

  private final Repository repository;
  private final AuditLog audit;
  private final ApiTokens tokens;

  DatesController(Repository repository, AuditLog audit, ApiTokens tokens) {
    this.repository = repository;
    this.audit = audit;
    this.tokens = tokens;
  }

  /** {@code within} (90d, 6m, 1y), {@code expired}, {@code autoRenews}, {@code kind} (comma-separated), {@code today}. */
  void list(Context ctx) throws IOException {
    ctx.json(dates(ctx));
  }

  void csv(Context ctx) throws IOException {
    StringBuilder out = new StringBuilder(KeyDateCsv.header());
    dates(ctx).forEach(d -> out.append(KeyDateCsv.row(d)));
    attachment(ctx, "text/csv; charset=utf-8", "key-dates.csv", AuthGuard.principal(ctx).name());
    ctx.result(out.toString());
  }

  void ics(Context ctx) throws IOException {
    attachment(ctx, "text/calendar; charset=utf-8", "key-dates.ics", AuthGuard.principal(ctx).name());
    ctx.result(KeyDateCalendar.write(dates(ctx), documentLink(ctx), Instant.now()));
  }

  void json(Context ctx) throws IOException {
    attachment(ctx, "application/json", "key-dates.json", AuthGuard.principal(ctx).name());
    ctx.json(dates(ctx));
  }

  /**
   * A calendar subscription for the signed-in person: a viewer token made for the feed, in the
   * address, since calendar apps send neither cookies nor headers. {@code {url}}.
   */
  void subscribe(Context ctx) throws IOException {
    String user = AuthGuard.principal(ctx).name();
    String token = tokens.create(Role.VIEWER, "calendar feed of " + user);
    audit.record(user, "token-create", token.substring(3, 11), "calendar feed");
    ctx.json(Map.of("url", ctx.scheme() + "://" + ctx.host() + "/api/feeds/dates.ics?token=" + token));
  }

  /** The subscribed calendar: every key date from today on, for a calendar app polling with its token. */
  void feed(Context ctx) throws IOException {
    ApiToken token = tokens.find(ctx.queryParam("token"))
        .orElseThrow(() -> new UnauthorizedResponse("unknown or missing token in the feed address"));
    String user = "token:" + token.id();
    attachment(ctx, "text/calendar; charset=utf-8", "key-dates.ics", user);
    ctx.result(KeyDateCalendar.write(dates(ctx), documentLink(ctx), Instant.now()));
  }

  private static String documentLink(Context ctx) {
    return ctx.scheme() + "://" + ctx.host() + "/?doc={id}";
  }

  private void attachment(Context ctx, String type, String name, String user) throws IOException {
    String query = ctx.queryString() == null ? "" : ctx.queryString().replaceAll("token=[^&]*", "token=...");
    audit.record(user, "export", name, query);
    FileNames.attach(ctx, type, name);
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
