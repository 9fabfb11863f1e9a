package org.pactum.server.http;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.pactum.server.auth.AuditLog;
import org.pactum.server.ingest.UploadJobs;

/** Uploads: many files (and zips) in one multipart request, ingested in the background, polled by job. */
final class UploadController {

  static final String PART = "files";

  private final UploadJobs uploads;
  private final AuditLog audit;
  private final UploadLimits limits;

  UploadController(UploadJobs uploads, AuditLog audit, UploadLimits limits) {
    this.uploads = uploads;
    this.audit = audit;
    this.limits = limits;
  }

  /** {@code multipart/form-data} with one or more {@code files} parts; 202 with the job to poll. */
  void upload(Context ctx) throws IOException {
    String type = ctx.contentType();
    if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
      throw new io.javalin.http.HttpResponseException(HttpStatus.UNSUPPORTED_MEDIA_TYPE.getCode(),
          "send the files as multipart/form-data, each in a part named '" + PART + "'");
    }
    List<UploadedFile> files;
    try {
      files = ctx.uploadedFiles(PART);
    } catch (IllegalStateException e) {
      if (e.getMessage() == null || !e.getMessage().contains("exceed")) {
        throw e;
      }
      // Jetty's multipart parser refuses a part or a request over the configured sizes ("... exceeds ...")
      throw new io.javalin.http.HttpResponseException(HttpStatus.CONTENT_TOO_LARGE.getCode(),
          "the upload is too large: at most " + limits.maxFileMegabytes() + " MB a file and "
              + limits.maxRequestMegabytes() + " MB a request; nothing was stored");
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no files: send each file in a multipart part named '" + PART + "'");
    }
    UploadJobs.Batch batch = uploads.receive();
    try {
      for (UploadedFile file : files) {
        try (InputStream in = file.content()) {
          batch.add(file.filename(), in);
        }
      }
    } catch (IOException | RuntimeException e) {
      batch.discard();
      throw e;
    }
    String user = AuthGuard.principal(ctx).name();
    UploadJobs.Job job = batch.submit(user);
    audit.record(user, "upload", job.id(), files.size() + " file(s)");
    ctx.status(HttpStatus.ACCEPTED).json(job);
  }

  void job(Context ctx) {
    String id = ctx.pathParam("id");
    ctx.json(uploads.job(id).orElseThrow(() -> new NotFoundException("no upload job " + id)));
  }
}
