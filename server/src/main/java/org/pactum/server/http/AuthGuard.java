package org.pactum.server.http;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.security.RouteRole;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.pactum.server.auth.ApiToken;
import org.pactum.server.auth.Principal;
import org.pactum.server.auth.Role;
import org.pactum.server.auth.Security;
import org.pactum.server.auth.Sessions;

/**
 * Runs before every API route: finds who is asking (a bearer token, else the session cookie), checks
 * the route's role, and for a browser session checks the CSRF token on every state-changing request.
 * Routes without a role (sign-in, the web app's files) are open.
 */
final class AuthGuard {

  static final String COOKIE = "pactum_session";
  static final String CSRF_HEADER = "X-CSRF-Token";
  private static final String PRINCIPAL = "pactum.principal";

  private final Security security;

  AuthGuard(Security security) {
    this.security = security;
  }

  void check(Context ctx) throws IOException {
    Set<RouteRole> roles = ctx.routeRoles();
    if (roles.isEmpty()) {
      return;
    }
    Role needed = (Role) roles.iterator().next();
    Principal principal = find(ctx).orElseThrow(() -> new UnauthorizedResponse(
        "sign in first, or send a token as 'Authorization: Bearer TOKEN' (pactum token create)"));
    if (!principal.role().allows(needed)) {
      throw new ForbiddenResponse("this needs the " + name(needed) + " role; " + principal.name() + " is " + name(principal.role()));
    }
    if (principal.session() != null && changesState(ctx.method())) {
      String csrf = security.sessions().find(principal.session()).map(Sessions.Session::csrf).orElse("");
      if (!csrf.equals(ctx.header(CSRF_HEADER))) {
        throw new ForbiddenResponse("missing or wrong " + CSRF_HEADER + " header (reload the page)");
      }
    }
    ctx.attribute(PRINCIPAL, principal);
  }

  /** The principal the guard let through. */
  static Principal principal(Context ctx) {
    Principal principal = ctx.attribute(PRINCIPAL);
    if (principal == null) {
      throw new UnauthorizedResponse("sign in first");
    }
    return principal;
  }

  Optional<Principal> find(Context ctx) throws IOException {
    String authorization = ctx.header("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      Optional<ApiToken> token = security.tokens().find(authorization.substring(7).strip());
      if (token.isEmpty()) {
        throw new UnauthorizedResponse("unknown token");
      }
      return Optional.of(new Principal("token:" + token.get().id(), token.get().role(), null));
    }
    return security.sessions().find(ctx.cookie(COOKIE)).map(s -> new Principal(s.user(), s.role(), s.id()));
  }

  private static boolean changesState(HandlerType method) {
    return method != HandlerType.GET && method != HandlerType.HEAD && method != HandlerType.OPTIONS;
  }

  private static String name(Role role) {
    return role.name().toLowerCase(java.util.Locale.ROOT);
  }
}
