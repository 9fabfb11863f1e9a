package org.pactum.server.http;

import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.pactum.server.auth.Role;

/**
 * The API's routes, registered with Javalin and kept as a list, so the OpenAPI description at
 * {@code /api/openapi.json} is made from the very routes that are served and cannot drift from them.
 */
final class Routes {

  /** One route: its method, path, the least role it needs (null: open) and what it does. */
  record Route(HandlerType method, String path, @Nullable Role role, String summary) {}

  private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");

  private final Javalin app;
  private final List<Route> routes = new ArrayList<>();

  Routes(Javalin app) {
    this.app = app;
  }

  void get(String path, Handler handler, @Nullable Role role, String summary) {
    add(HandlerType.GET, path, handler, role, summary);
  }

  void post(String path, Handler handler, @Nullable Role role, String summary) {
    add(HandlerType.POST, path, handler, role, summary);
  }

  void put(String path, Handler handler, @Nullable Role role, String summary) {
    add(HandlerType.PUT, path, handler, role, summary);
  }

  void delete(String path, Handler handler, @Nullable Role role, String summary) {
    add(HandlerType.DELETE, path, handler, role, summary);
  }

  private void add(HandlerType method, String path, Handler handler, @Nullable Role role, String summary) {
    if (role == null) {
      app.addHttpHandler(method, path, handler);
    } else {
      app.addHttpHandler(method, path, handler, role);
    }
    routes.add(new Route(method, path, role, summary));
  }

  List<Route> all() {
    return List.copyOf(routes);
  }

  /** An OpenAPI 3.1 description of the routes: paths, methods, path parameters, the role each needs. */
  Map<String, Object> openApi(String version) {
    Map<String, Object> paths = new LinkedHashMap<>();
    for (Route r : routes) {
      @SuppressWarnings("unchecked")
      Map<String, Object> path = (Map<String, Object>) paths.computeIfAbsent(r.path(), p -> new LinkedHashMap<>());
      Map<String, Object> operation = new LinkedHashMap<>();
      operation.put("summary", r.summary());
      operation.put("x-pactum-role", r.role() == null ? "none" : r.role().name().toLowerCase(Locale.ROOT));
      List<Map<String, Object>> parameters = new ArrayList<>();
      Matcher m = PARAMETER.matcher(r.path());
      while (m.find()) {
        parameters.add(Map.of("name", m.group(1), "in", "path", "required", true, "schema", Map.of("type", "string")));
      }
      if (!parameters.isEmpty()) {
        operation.put("parameters", parameters);
      }
      if (r.role() != null) {
        operation.put("security", List.of(Map.of("bearer", List.of()), Map.of("session", List.of())));
      }
      operation.put("responses", Map.of("default", Map.of("description",
          "JSON; errors are {status, error} with 400, 401, 403, 404, 413, 415 or 422")));
      path.put(r.method().name().toLowerCase(Locale.ROOT), operation);
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("openapi", "3.1.0");
    doc.put("info", Map.of("title", "Pactum API", "version", version,
        "description", "The contract repository's JSON API. Sign in with POST /api/login (session cookie, and the CSRF"
            + " token in X-CSRF-Token on changes) or send 'Authorization: Bearer TOKEN' (pactum token create)."));
    doc.put("components", Map.of("securitySchemes", Map.of(
        "bearer", Map.of("type", "http", "scheme", "bearer"),
        "session", Map.of("type", "apiKey", "in", "cookie", "name", AuthGuard.COOKIE))));
    doc.put("paths", paths);
    return doc;
  }
}
