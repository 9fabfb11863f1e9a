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
            });
    app.beforeMatched(guard::check);
    // open: signing in, and the web app's own files
    app.post("/api/login", auth::login);
    app.get("/api/session", auth::session);
    app.get("/api/feeds/dates.ics", dates::feed); // its token is in the address: calendar apps send no headers
    app.post("/api/logout", auth::logout, Role.VIEWER);
    // viewers read
    app.get("/api/status", status::status, Role.VIEWER);
    app.get("/api/documents", documents::list, Role.VIEWER);
    app.get("/api/documents/{id}", documents::get, Role.VIEWER);
    app.get("/api/documents/{id}/original", documents::original, Role.VIEWER);
    app.get("/api/documents/{id}/tags", documents::tags, Role.VIEWER);
    app.get("/api/documents/{id}/corrections", documents::corrections, Role.VIEWER);
    app.get("/api/search", search::search, Role.VIEWER);
    app.get("/api/clauses/{id}", clauses::get, Role.VIEWER);
    app.get("/api/clauses/{id}/similar", clauses::similar, Role.VIEWER);
    app.get("/api/compare", clauses::compare, Role.VIEWER);
    app.get("/api/library", library::list, Role.VIEWER);
    app.get("/api/library/deviations", library::deviations, Role.VIEWER);
    app.get("/api/library/{id}", library::get, Role.VIEWER);
    app.get("/api/dates", dates::list, Role.VIEWER);
    app.get("/api/export/dates.csv", dates::csv, Role.VIEWER);
    app.get("/api/export/dates.ics", dates::ics, Role.VIEWER);
    app.get("/api/export/dates.json", dates::json, Role.VIEWER);
    app.post("/api/feeds", dates::subscribe, Role.VIEWER);
    app.get("/api/export/contracts.jsonl", export::jsonl, Role.VIEWER);
    app.get("/api/export/contracts.csv", export::csv, Role.VIEWER);
    // editors change
    app.put("/api/documents/{id}/tags", documents::setTags, Role.EDITOR);
    app.put("/api/documents/{id}/corrections", documents::correct, Role.EDITOR);
    if (uploads != null) {
      UploadController upload = new UploadController(uploads, audit, limits);
      app.post("/api/documents", upload::upload, Role.EDITOR);
      app.get("/api/uploads/{id}", upload::job, Role.EDITOR);
    }
    app.post("/api/library", library::add, Role.EDITOR);
    app.delete("/api/library/{id}", library::remove, Role.EDITOR);
    // admins administer
    app.delete("/api/documents/{id}", admin::deleteDocument, Role.ADMIN);
    app.get("/api/users", admin::users, Role.ADMIN);
    app.post("/api/users", admin::createUser, Role.ADMIN);
    app.delete("/api/users/{name}", admin::removeUser, Role.ADMIN);
    app.get("/api/audit", admin::audit, Role.ADMIN);
    app.get("/api/audit.jsonl", admin::auditExport, Role.ADMIN);
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
