package org.pactum.server.http;

import io.javalin.http.Context;
import io.javalin.http.UnauthorizedResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import com.fasterxml.jackson.core.type.TypeReference;
import org.pactum.server.auth.Account;
import org.pactum.server.auth.Principal;
import org.pactum.server.auth.Security;
import org.pactum.server.auth.Sessions;

/** Signing in and out with a session cookie (HttpOnly, SameSite=Strict). */
final class AuthController {

  record Credentials(String name, String password) {}

  private final Security security;
  private final AuthGuard guard;

  AuthController(Security security, AuthGuard guard) {
    this.security = security;
    this.guard = guard;
  }

  void login(Context ctx) throws IOException {
    Credentials credentials = Requests.body(ctx, new TypeReference<Credentials>() {}, "{\"name\": ..., \"password\": ...}");
    if (credentials.name() == null || credentials.password() == null) {
      throw new IllegalArgumentException("the body must be JSON: {\"name\": ..., \"password\": ...}");
    }
    java.time.Duration wait = security.throttle().waitFor(credentials.name());
    if (!wait.isZero()) {
      security.audit().record(credentials.name(), "login-refused", "", ctx.ip() + ", too many failures");
      throw new io.javalin.http.HttpResponseException(io.javalin.http.HttpStatus.TOO_MANY_REQUESTS.getCode(),
          "too many failed sign-ins for this user; try again in " + Math.max(1, wait.toMinutes() + 1) + " minute(s)");
    }
    Optional<Account> account = security.accounts().verify(credentials.name(), credentials.password());
    if (account.isEmpty()) {
      security.throttle().failed(credentials.name());
      security.audit().record(credentials.name(), "login-failed", "", ctx.ip());
      throw new UnauthorizedResponse("wrong user name or password");
    }
    security.throttle().succeeded(credentials.name());
    Sessions.Session session = security.sessions().open(account.get());
    security.audit().record(account.get().name(), "login", "", ctx.ip());
    ctx.header("Set-Cookie", AuthGuard.COOKIE + "=" + session.id() + "; Path=/; HttpOnly; SameSite=Strict");
    ctx.json(view(session));
  }

  void logout(Context ctx) throws IOException {
    Principal principal = AuthGuard.principal(ctx);
    security.sessions().close(principal.session());
    ctx.header("Set-Cookie", AuthGuard.COOKIE + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
    security.audit().record(principal.name(), "logout", "", "");
    ctx.json(Map.of("signedOut", true));
  }

  /** Who is signed in, with the CSRF token the page must send back; 401 when nobody is. */
  void session(Context ctx) throws IOException {
    Principal principal = guard.find(ctx).orElseThrow(() -> new UnauthorizedResponse("not signed in"));
    Optional<Sessions.Session> session = security.sessions().find(principal.session());
    ctx.json(session.map(AuthController::view)
        .orElse(Map.of("user", principal.name(), "role", principal.role().name().toLowerCase(java.util.Locale.ROOT))));
  }

  private static Map<String, String> view(Sessions.Session s) {
    return Map.of("user", s.user(), "role", s.role().name().toLowerCase(java.util.Locale.ROOT), "csrf", s.csrf());
  }
}
