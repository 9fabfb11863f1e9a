package org.pactum.server.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.pactum.indexer.Repository;
import org.pactum.server.ingest.IngestResult;
import org.pactum.server.ingest.RunLog;
import org.pactum.server.triage.Triage;
import org.pactum.server.triage.TriageHtml;
import org.pactum.server.triage.TriageReport;

/** Ingest runs and their triage reports. */
final class TriageController {

  private final Repository repository;
  private final Path runs;

  TriageController(Repository repository) {
    this.repository = repository;
    this.runs = RunLog.folderOf(repository.root());
  }

  void runs(Context ctx) throws IOException {
    ctx.json(RunLog.runs(runs));
  }

  /** {@code run} (default: the latest). */
  void report(Context ctx) throws IOException {
    ctx.json(report(ctx.queryParam("run")));
  }

  void html(Context ctx) throws IOException {
    ctx.contentType("text/html; charset=utf-8").result(TriageHtml.write(report(ctx.queryParam("run"))));
  }

  private TriageReport report(String run) throws IOException {
    String id = RunLog.chosen(runs, run).orElseThrow(() -> new NotFoundException("no ingest run yet"));
    List<IngestResult> results = RunLog.read(runs, id).orElseThrow(() -> new NotFoundException("no ingest run " + id));
    return Triage.of(repository, id, results);
  }
}
