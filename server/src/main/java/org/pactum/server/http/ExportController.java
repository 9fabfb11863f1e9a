package org.pactum.server.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.pactum.indexer.Repository;
import org.pactum.server.auth.AuditLog;
import org.pactum.server.export.ContractExportWriter;

/** Every stored contract in the export schema, streamed as JSON lines or CSV. */
final class ExportController {

  private final Repository repository;
  private final AuditLog audit;

  ExportController(Repository repository, AuditLog audit) {
    this.repository = repository;
    this.audit = audit;
  }

  void jsonl(Context ctx) throws IOException {
    write(ctx, "application/x-ndjson; charset=utf-8", "contracts.jsonl", ContractExportWriter.Format.JSONL);
  }

  void csv(Context ctx) throws IOException {
    write(ctx, "text/csv; charset=utf-8", "contracts.csv", ContractExportWriter.Format.CSV);
  }

  private void write(Context ctx, String type, String name, ContractExportWriter.Format format) throws IOException {
    audit.record(AuthGuard.principal(ctx).name(), "export", name, "");
    FileNames.attach(ctx, type, name);
    ContractExportWriter.write(repository, new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8), format);
  }
}
