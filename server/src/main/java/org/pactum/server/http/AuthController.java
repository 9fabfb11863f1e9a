package org.pactum.server.http;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.UnauthorizedResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import com.fasterxml.jackson.core.type.TypeReference;
import org.pactum.server.auth.Account;
import org.pactum.server.auth.Principal;
import org.pactum.server.auth.Security;
import org.pactum.server.auth.Sessions;

/** Signing in and out with a session cookie (HttpOnly, SameSite=Strict, Secure over HTTPS). */
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
    Duration wait = security.throttle().waitFor(credentials.name(), ctx.ip());
    if (!wait.isZero()) {
      security.audit().record(credentials.name(), "login-refused", "", ctx.ip() + ", too many failures");
      throw new HttpResponseException(HttpStatus.TOO_MANY_REQUESTS.getCode(),
          "too many failed sign-ins; try again in " + Math.max(1, wait.toMinutes() + 1) + " minute(s)");
    }
    Optional<Account> account = security.accounts().verify(credentials.name(), credentials.password());
    if (account.isEmpty()) {
      security.throttle().failed(credentials.name(), ctx.ip());
      security.audit().record(credentials.name(), "login-failed", "", ctx.ip());
      throw new UnauthorizedResponse("wrong user name or password");
    }
    security.throttle().succeeded(credentials.name());
    Sessions.Session session = security.sessions().open(account.get());
    security.audit().record(account.get().name(), "login", "", ctx.ip());
    setCookie(ctx, session.id(), "");
    ctx.json(view(session));
  }

  void logout(Context ctx) throws IOException {
    Principal principal = AuthGuard.principal(ctx);
    security.sessions().close(principal.session());
    setCookie(ctx, "", "; Max-Age=0");
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

  /**
   * The session cookie: HttpOnly and SameSite=Strict always, and Secure when the page was reached
   * over HTTPS (directly, or through a proxy that says so), so it is never sent in clear text.
   * A plain-HTTP local demo keeps working.
   */
  private static void setCookie(Context ctx, String value, String extra) {
    boolean https = "https".equalsIgnoreCase(ctx.scheme())
        || "https".equalsIgnoreCase(String.valueOf(ctx.header("X-Forwarded-Proto")).strip());
    ctx.header("Set-Cookie", AuthGuard.COOKIE + "=" + value + "; Path=/; HttpOnly; SameSite=Strict"
        + (https ? "; Secure" : "") + extra);
  }

  private static Map<String, String> view(Sessions.Session s) {
    return Map.of("user", s.user(), "role", s.role().name().toLowerCase(java.util.Locale.ROOT), "csrf", s.csrf());
  }
}
