package org.pactum.server.http;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import com.fasterxml.jackson.core.type.TypeReference;
import org.pactum.indexer.Repository;
import org.pactum.server.auth.Account;
import org.pactum.server.auth.ApiToken;
import org.pactum.server.auth.Principal;
import org.pactum.server.auth.Role;
import org.pactum.server.auth.Security;

/** What only admins do: users, API tokens, deleting documents, reading the audit trail. */
final class AdminController {

  record NewUser(String name, String role, String password) {}

  record NewToken(String role, String note) {}

  private final Repository repository;
  private final Security security;

  AdminController(Repository repository, Security security) {
    this.repository = repository;
    this.security = security;
  }

  void users(Context ctx) throws IOException {
    ctx.json(security.accounts().list().stream().map(AdminController::view).toList());
  }

  /** {@code {name, role, password?}}: without a password one is generated and returned, once. */
  void createUser(Context ctx) throws IOException {
    NewUser body = Requests.body(ctx, new TypeReference<NewUser>() {}, "{\"name\": ..., \"role\": \"viewer|editor|admin\"}");
    boolean generated = body.password() == null || body.password().isEmpty();
    String password = generated ? security.accounts().generatePassword() : body.password();
    Account account = security.accounts().create(body.name(), Role.parse(body.role() == null ? "" : body.role()), password);
    security.audit().record(AuthGuard.principal(ctx).name(), "user-create", account.name(), "role " + account.role());
    Map<String, Object> out = new LinkedHashMap<>(view(account));
    if (generated) {
      out.put("password", password);
    }
    ctx.status(HttpStatus.CREATED).json(out);
  }

  void removeUser(Context ctx) throws IOException {
    String name = ctx.pathParam("name");
    Principal principal = AuthGuard.principal(ctx);
    if (name.equalsIgnoreCase(principal.name())) {
      throw new IllegalArgumentException("you cannot remove your own account");
    }
    if (!security.accounts().remove(name)) {
      throw new NotFoundException("no user named " + name);
    }
    security.sessions().closeAllOf(name);
    security.audit().record(principal.name(), "user-remove", name, "");
    ctx.json(Map.of("removed", name));
  }

  void tokens(Context ctx) throws IOException {
    ctx.json(security.tokens().list().stream().map(AdminController::view).toList());
  }

  /** {@code {role, note?}}: the token is in the answer, once; only its hash is kept. */
  void createToken(Context ctx) throws IOException {
    NewToken body = Requests.body(ctx, new TypeReference<NewToken>() {}, "{\"role\": \"viewer|editor|admin\", \"note\": ...}");
    Role role = Role.parse(body.role() == null ? "" : body.role());
    String note = body.note() == null ? "" : body.note().strip();
    if (note.length() > 200) {
      throw new IllegalArgumentException("a token's note is at most 200 characters");
    }
    String token = security.tokens().create(role, note);
    String id = token.substring(3, 11);
    security.audit().record(AuthGuard.principal(ctx).name(), "token-create", id,
        "role " + role.name().toLowerCase(Locale.ROOT) + (note.isEmpty() ? "" : ", " + note));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", id);
    out.put("role", role.name().toLowerCase(Locale.ROOT));
    out.put("token", token);
    ctx.status(HttpStatus.CREATED).json(out);
  }

  void revokeToken(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    if (!security.tokens().revoke(id)) {
      throw new NotFoundException("no token with id " + id);
    }
    security.audit().record(AuthGuard.principal(ctx).name(), "token-revoke", id, "");
    ctx.json(Map.of("revoked", id));
  }

  void deleteDocument(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    if (!repository.delete(id)) {
      throw new NotFoundException("no document with id " + id);
    }
    security.audit().record(AuthGuard.principal(ctx).name(), "delete", id, "");
    ctx.json(Map.of("deleted", id));
  }

  /** {@code limit} (default 100, at most 10,000): the newest entries first. */
  void audit(Context ctx) throws IOException {
    int limit = Math.max(1, Math.min(10_000, Requests.intParam(ctx, "limit", 100)));
    ctx.json(security.audit().last(limit));
  }

  /** The whole trail, as the file holds it. */
  void auditExport(Context ctx) throws IOException {
    security.audit().record(AuthGuard.principal(ctx).name(), "export", "audit.jsonl", "");
    FileNames.attach(ctx, "application/x-ndjson; charset=utf-8", "audit.jsonl");
    InputStream in = Files.newInputStream(security.audit().file());
    ctx.result(in);
  }

  private static Map<String, Object> view(ApiToken t) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", t.id());
    out.put("role", t.role().name().toLowerCase(Locale.ROOT));
    out.put("note", t.note());
    out.put("createdAt", t.createdAt().toString());
    return out;
  }

  private static Map<String, Object> view(Account a) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", a.name());
    out.put("role", a.role().name().toLowerCase(Locale.ROOT));
    out.put("createdAt", a.createdAt().toString());
    return out;
  }

}
