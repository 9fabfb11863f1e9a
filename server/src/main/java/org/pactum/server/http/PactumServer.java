package org.pactum.server.http;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import org.pactum.extractor.model.Json;
import org.pactum.indexer.Repository;

/** The HTTP server: the JSON API under {@code /api} and the web app at {@code /}. */
public final class PactumServer implements AutoCloseable {

  /** Where the web module keeps its files on the class path. */
  static final String WEB_ROOT = "/org/pactum/web/static";

  private final Javalin app;

  public PactumServer(Repository repository, BackgroundIngest background) {
    DocumentController documents = new DocumentController(repository);
    SearchController search = new SearchController(repository);
    StatusController status = new StatusController(repository, background);
    ClauseController clauses = new ClauseController(repository);
    LibraryController library = new LibraryController(repository);
    DatesController dates = new DatesController(repository);
    ExportController export = new ExportController(repository);
    this.app =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.jsonMapper(new JavalinJackson(Json.mapper(), false));
              config.staticFiles.add(
                  files -> {
                    files.hostedPath = "/";
                    files.directory = WEB_ROOT;
                    files.location = Location.CLASSPATH;
                  });
            });
    app.get("/api/status", status::status);
    app.get("/api/documents", documents::list);
    app.get("/api/documents/{id}", documents::get);
    app.get("/api/documents/{id}/original", documents::original);
    app.get("/api/documents/{id}/tags", documents::tags);
    app.put("/api/documents/{id}/tags", documents::setTags);
    app.get("/api/search", search::search);
    app.get("/api/clauses/{id}", clauses::get);
    app.get("/api/clauses/{id}/similar", clauses::similar);
    app.get("/api/compare", clauses::compare);
    app.get("/api/library", library::list);
    app.post("/api/library", library::add);
    app.get("/api/library/deviations", library::deviations);
    app.get("/api/library/{id}", library::get);
    app.delete("/api/library/{id}", library::remove);
    app.get("/api/dates", dates::list);
    app.get("/api/export/dates.csv", dates::csv);
    app.get("/api/export/dates.ics", dates::ics);
    app.get("/api/export/dates.json", dates::json);
    app.get("/api/export/contracts.jsonl", export::jsonl);
    app.get("/api/export/contracts.csv", export::csv);
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
