package org.pactum.server.http;

import com.fasterxml.jackson.core.type.TypeReference;
import io.javalin.http.Context;
import java.io.IOException;
import org.pactum.indexer.Repository;
import org.pactum.extractor.analysis.DefaultAnalyzer;
import org.pactum.indexer.regressions.RegressionCase;
import org.pactum.indexer.review.Verification;
import org.pactum.server.auth.AuditLog;

/** Review state as data: each value extracted, verified or corrected, with who and when; checked values kept as regression cases. */
final class ReviewController {

  record NewVerification(String field) {}

  record NewCase(String contractId, String field) {}

  /** A case as listed: everything but the contract's text. */
  record CaseView(String id, String contractId, String fileName, String field, String expected, String by, java.time.Instant at) {
    static CaseView of(RegressionCase c) {
      return new CaseView(c.id(), c.contractId(), c.fileName(), c.field(), c.expected(), c.by(), c.at());
    }
  }

  record CheckView(CaseView regressionCase, String actual, boolean passed) {}

  private final Repository repository;
  private final AuditLog audit;

  ReviewController(Repository repository, AuditLog audit) {
    this.repository = repository;
    this.audit = audit;
  }

  void review(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    ctx.json(repository.reviews(id).orElseThrow(() -> new NotFoundException("no document with id " + id)));
  }

  /** {@code {field}}: a person confirms the value as extracted. */
  void verify(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    NewVerification body = Requests.body(ctx, new TypeReference<NewVerification>() {}, "{\"field\": ...}");
    if (body.field() == null || body.field().isBlank()) {
      throw new IllegalArgumentException("the body must name the field to verify: {\"field\": \"expirationDate\"}");
    }
    String user = AuthGuard.principal(ctx).name();
    Verification v = repository.verify(id, body.field(), user).orElseThrow(() -> new NotFoundException("no document with id " + id));
    audit.record(user, "verify", id, v.field() + " = " + v.value());
    ctx.json(v);
  }

  /** {@code {contractId, field}}: a corrected or verified value becomes a regression case. */
  void keep(Context ctx) throws IOException {
    NewCase body = Requests.body(ctx, new TypeReference<NewCase>() {}, "{\"contractId\": ..., \"field\": ...}");
    if (body.contractId() == null || body.field() == null) {
      throw new IllegalArgumentException("the body must be {\"contractId\": ..., \"field\": ...}");
    }
    RegressionCase c = repository.keepAsRegression(body.contractId(), body.field())
        .orElseThrow(() -> new NotFoundException("no document with id " + body.contractId()));
    audit.record(AuthGuard.principal(ctx).name(), "regression-add", c.contractId(), c.field() + " = " + c.expected());
    ctx.status(io.javalin.http.HttpStatus.CREATED).json(CaseView.of(c));
  }

  void cases(Context ctx) throws IOException {
    ctx.json(repository.regressions().list().stream().map(CaseView::of).toList());
  }

  /** Every case run through the extractor as it is now. */
  void check(Context ctx) throws IOException {
    ctx.json(repository.regressions().check(new DefaultAnalyzer()).stream()
        .map(r -> new CheckView(CaseView.of(r.regressionCase()), r.actual(), r.passed())).toList());
  }
}
