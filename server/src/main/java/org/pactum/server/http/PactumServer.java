package org.pactum.server.http;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import org.jspecify.annotations.Nullable;
import org.pactum.extractor.model.Json;
import org.pactum.indexer.Repository;
import org.pactum.server.auth.AuditLog;
import org.pactum.server.auth.Role;
import org.pactum.server.auth.Security;
import org.pactum.server.ingest.UploadJobs;

/**
 * The HTTP server: the JSON API under {@code /api} and the web app at {@code /}. Every API route but
 * signing in names the least role it needs; {@link AuthGuard} checks it before the route runs.
 */
public final class PactumServer implements AutoCloseable {

  /** Where the web module keeps its files on the class path. */
  static final String WEB_ROOT = "/org/pactum/web/static";
  /** The API's version, as the OpenAPI description gives it. */
  static final String VERSION = "0.1.0";

  private final Javalin app;

  /** A server without uploads. */
  public PactumServer(Repository repository, BackgroundIngest background, Security security) {
    this(repository, background, security, null, UploadLimits.DEFAULT);
  }

  /**
   * @param uploads where uploads go; null for a server that takes none
   * @param limits how large an upload may be
   */
  public PactumServer(Repository repository, BackgroundIngest background, Security security,
      @Nullable UploadJobs uploads, UploadLimits limits) {
    AuditLog audit = security.audit();
    AuthGuard guard = new AuthGuard(security);
    AuthController auth = new AuthController(security, guard);
    AdminController admin = new AdminController(repository, security);
    DocumentController documents = new DocumentController(repository, audit);
    ReviewController review = new ReviewController(repository, audit);
    SearchController search = new SearchController(repository);
    StatusController status = new StatusController(repository, background);
    ClauseController clauses = new ClauseController(repository);
    LibraryController library = new LibraryController(repository, audit);
    DatesController dates = new DatesController(repository, audit, security.tokens());
    ExportController export = new ExportController(repository, audit);
    this.app =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.jsonMapper(new JavalinJackson(Json.mapper(), false));
              config.jetty.multipartConfig.cacheDirectory(repository.root().resolve("staging").toString());
              config.jetty.multipartConfig.maxFileSize(limits.maxFileMegabytes(), SizeUnit.MB);
              config.jetty.multipartConfig.maxTotalRequestSize(limits.maxRequestMegabytes(), SizeUnit.MB);
              config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
              config.staticFiles.add(
                  files -> {
                    files.hostedPath = "/";
                    files.directory = WEB_ROOT;
                    files.location = Location.CLASSPATH;
                  });
              // WebJars (PDF.js), with ES modules served as JavaScript so browsers import them
              config.staticFiles.add(
                  files -> {
                    files.hostedPath = "/webjars";
                    files.directory = "/META-INF/resources/webjars";
                    files.location = Location.CLASSPATH;
                    files.mimeTypes.add("text/javascript", "mjs");
                  });
            });
    app.beforeMatched(guard::check);
    Routes api = new Routes(app);
    // open: signing in, the description of the API, and the web app's own files
    api.post("/api/login", auth::login, null, "Sign in with {name, password}: a session cookie and the CSRF token");
    api.get("/api/session", auth::session, null, "Who is signed in, with the CSRF token");
    api.get("/api/feeds/dates.ics", dates::feed, null, "A calendar subscription: its token is in the address (?token=)");
    api.get("/api/openapi.json", ctx -> ctx.json(api.openApi(VERSION)), null, "This description");
    api.post("/api/logout", auth::logout, Role.VIEWER, "Sign out");
    // viewers read
    api.get("/api/status", status::status, Role.VIEWER, "Documents stored and the background ingest's progress");
    api.get("/api/documents", documents::list, Role.VIEWER, "Documents, newest first (offset, limit)");
    api.get("/api/documents/{id}", documents::get, Role.VIEWER, "A document's record, corrections in place");
    api.get("/api/documents/{id}/original", documents::original, Role.VIEWER, "The original file");
    api.get("/api/documents/{id}/tags", documents::tags, Role.VIEWER, "A document's tags");
    api.get("/api/documents/{id}/corrections", documents::corrections, Role.VIEWER, "Every correction of a document");
    api.get("/api/documents/{id}/review", review::review, Role.VIEWER,
        "Each reviewable value with its state (extracted, verified, corrected), who and when");
    FamilyController families = new FamilyController(repository);
    api.get("/api/families", families::families, Role.VIEWER,
        "Agreements with their amendments, statements of work, addenda, renewals and restatements, and the terms in force");
    api.get("/api/documents/{id}/family", families::familyOf, Role.VIEWER, "The family a document belongs to (404 when none)");
    api.get("/api/documents/{id}/notes", documents::notes, Role.VIEWER, "People's notes on a document, oldest first");
    api.get("/api/search", search::search, Role.VIEWER,
        "Search contracts or clauses (q, scope, category, party, law, type, from, to, minAmount, tag, sort=relevance|date|deviation, offset, limit)");
    api.get("/api/clauses/{id}", clauses::get, Role.VIEWER, "One clause");
    api.get("/api/clauses/{id}/similar", clauses::similar, Role.VIEWER, "The clauses of other contracts most like it (limit, anyCategory)");
    api.get("/api/parties/contracts", new PartyController(repository)::contracts, Role.VIEWER,
        "A party's contracts with their key terms (name: words of its name or short name)");
    api.get("/api/compare", clauses::compare, Role.VIEWER, "Clauses side by side with word diffs (ids=ID,ID,..., sort=deviation)");
    api.get("/api/library", library::list, Role.VIEWER, "Standard clauses (category)");
    api.get("/api/library/deviations", library::deviations, Role.VIEWER, "A category's clauses, most deviant from the standard first");
    api.get("/api/library/{id}", library::get, Role.VIEWER, "One standard clause");
    api.get("/api/dates", dates::list, Role.VIEWER, "Key dates (within, expired, autoRenews, kind, today)");
    api.get("/api/export/dates.csv", dates::csv, Role.VIEWER, "Key dates as CSV");
    api.get("/api/export/dates.ics", dates::ics, Role.VIEWER, "Key dates as iCalendar");
    api.get("/api/export/dates.json", dates::json, Role.VIEWER, "Key dates as JSON");
    api.post("/api/feeds", dates::subscribe, Role.VIEWER, "A calendar subscription address for the signed-in person");
    api.get("/api/export/contracts.jsonl", export::jsonl, Role.VIEWER, "Every contract in the export schema, a JSON object a line");
    api.get("/api/export/contracts.csv", export::csv, Role.VIEWER, "Every contract's scalar fields as CSV");
    // editors change
    api.put("/api/documents/{id}/tags", documents::setTags, Role.EDITOR, "Replace a document's tags");
    api.put("/api/documents/{id}/corrections", documents::correct, Role.EDITOR, "Correct one extracted value ({field, value})");
    api.put("/api/documents/{id}/review", review::verify, Role.EDITOR, "Verify a value as extracted ({field})");
    api.get("/api/regressions", review::cases, Role.VIEWER, "Regression cases: values people checked that the extractor must keep finding");
    api.post("/api/regressions", review::keep, Role.EDITOR, "Keep a corrected or verified value as a regression case ({contractId, field})");
    api.get("/api/regressions/check", review::check, Role.EDITOR, "Run every regression case through the extractor as it is now");
    api.post("/api/documents/{id}/notes", documents::addNote, Role.EDITOR, "Add a note ({text})");
    api.delete("/api/documents/{id}/notes/{note}", documents::removeNote, Role.EDITOR, "Remove a note (its author, or an admin)");
    if (uploads != null) {
      UploadController upload = new UploadController(uploads, audit, limits);
      api.post("/api/documents", upload::upload, Role.EDITOR, "Upload files and zips (multipart, parts named 'files'): 202 with a job");
      TriageController triage = new TriageController(repository);
    api.get("/api/runs", triage::runs, Role.EDITOR, "Ingest runs, newest first");
    api.get("/api/triage", triage::report, Role.EDITOR,
        "A run's triage report (run, default the latest): failures, duplicates, near-duplicates, OCR quality");
    api.get("/api/triage.html", triage::html, Role.EDITOR, "The same report as one HTML page");
    api.get("/api/uploads/{id}", upload::job, Role.EDITOR, "An upload job and each file's status");
    }
    api.post("/api/library", library::add, Role.EDITOR, "Add a standard clause ({category, name, text})");
    api.delete("/api/library/{id}", library::remove, Role.EDITOR, "Remove a standard clause");
    // admins administer
    api.delete("/api/documents/{id}", admin::deleteDocument, Role.ADMIN, "Delete a document");
    api.get("/api/users", admin::users, Role.ADMIN, "Accounts");
    api.post("/api/users", admin::createUser, Role.ADMIN, "Create an account ({name, role, password?})");
    api.delete("/api/users/{name}", admin::removeUser, Role.ADMIN, "Remove an account");
    api.get("/api/tokens", admin::tokens, Role.ADMIN, "API tokens (ids, roles, notes; never the tokens)");
    api.post("/api/tokens", admin::createToken, Role.ADMIN, "Create an API token ({role, note?}); the token is shown once");
    api.delete("/api/tokens/{id}", admin::revokeToken, Role.ADMIN, "Revoke an API token");
    api.get("/api/audit", admin::audit, Role.ADMIN, "The audit trail, newest first (limit)");
    api.get("/api/audit.jsonl", admin::auditExport, Role.ADMIN, "The whole audit trail");
    ErrorMapper.register(app);
  }

  /** Starts listening; port 0 picks a free port. */
  public PactumServer start(String host, int port) {
    app.start(host, port);
    return this;
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }
}
