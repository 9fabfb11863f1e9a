package org.pactum.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.extractor.model.Json;
import org.pactum.extractor.analysis.DefaultAnalyzer;
import org.pactum.extractor.parse.ParseSettings;
import org.pactum.extractor.parse.TikaDocumentParser;
import org.pactum.server.ingest.ArchiveLimits;
import org.pactum.server.ingest.IngestService;
import org.pactum.indexer.Repository;
import org.pactum.server.auth.FirstAdmin;
import org.pactum.server.auth.Role;
import org.pactum.server.auth.Security;

/** Accounts, roles, sessions, CSRF and the audit trail, against a really started server. */
class AuthIT {

  private static final String PASSWORD = "correct horse battery";
  @TempDir static Path data;
  private static Repository repository;
  private static Security security;
  private static PactumServer server;
  private static String viewer;
  private static String editor;
  private static String admin;
  private static final List<String> ids = new ArrayList<>();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    repository = Repository.open(data);
    Path files = java.nio.file.Files.createDirectories(data.resolve("incoming"));
    for (String name : List.of("one.txt", "two.txt", "three.txt")) {
      java.nio.file.Files.writeString(files.resolve(name),
          "SUPPLY AGREEMENT " + name + "\n\nThe Supplier shall deliver the goods described in Schedule A.\n");
    }
    new IngestService(repository, new TikaDocumentParser(ParseSettings.defaults().withOcr(false)), new DefaultAnalyzer(),
        ArchiveLimits.defaults(), 1).ingest(List.of(files), r -> { if (r.id() != null) { ids.add(r.id()); } });
    assertEquals(3, ids.size(), ids.toString());
    security = Security.in(data);
    var out = new java.io.ByteArrayOutputStream();
    FirstAdmin.ensure(security.accounts(), security.audit(), PASSWORD, new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("PACTUM_ADMIN_PASSWORD"), out.toString(StandardCharsets.UTF_8));
    viewer = security.tokens().create(Role.VIEWER, "test viewer");
    editor = security.tokens().create(Role.EDITOR, "test editor");
    admin = security.tokens().create(Role.ADMIN, "test admin");
    server = new PactumServer(repository, new BackgroundIngest(), security).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    repository.close();
  }

  /** A request with optional bearer token, cookie and CSRF header. */
  private static HttpResponse<String> call(String method, String path, String body, String bearer, String cookie, String csrf)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json");
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    if (csrf != null) {
      request.header("X-CSRF-Token", csrf);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> as(String bearer, String method, String path, String body) throws Exception {
    return call(method, path, body, bearer, null, null);
  }

  private static String error(HttpResponse<String> response) throws Exception {
    return Json.mapper().readTree(response.body()).path("error").asText();
  }

  /** Signs in; returns the cookie to send and the CSRF token. */
  private static String[] login(String name, String password) throws Exception {
    HttpResponse<String> response = call("POST", "/api/login",
        "{\"name\": \"" + name + "\", \"password\": \"" + password + "\"}", null, null, null);
    assertEquals(200, response.statusCode(), response.body());
    String setCookie = response.headers().firstValue("Set-Cookie").orElseThrow();
    assertTrue(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict"), setCookie);
    return new String[] {setCookie.substring(0, setCookie.indexOf(';')), Json.mapper().readTree(response.body()).path("csrf").asText()};
  }

  @Test
  void nothingIsServedWithoutSigningInButTheWebAppItself() throws Exception {
    HttpResponse<String> anonymous = call("GET", "/api/search?q=supply", null, null, null, null);
    assertEquals(401, anonymous.statusCode());
    assertTrue(error(anonymous).contains("sign in"), anonymous.body());
    assertEquals(401, as("pt_0000", "GET", "/api/documents", null).statusCode());
    assertEquals(401, call("GET", "/api/session", null, null, null, null).statusCode());
    assertEquals(200, call("GET", "/", null, null, null, null).statusCode());
    assertEquals(401, call("GET", "/api/feeds/dates.ics", null, null, null, null).statusCode());
    assertEquals(401, call("GET", "/api/feeds/dates.ics?token=pt_nothing", null, null, null, null).statusCode());
    assertEquals(200, call("GET", "/api/feeds/dates.ics?token=" + viewer, null, null, null, null).statusCode());
  }

  @Test
  void aSessionCookieWorksAndStateChangesNeedTheCsrfToken() throws Exception {
    assertEquals(401, call("POST", "/api/login", "{\"name\": \"admin\", \"password\": \"wrong password\"}", null, null, null).statusCode());
    assertEquals(400, call("POST", "/api/login", "not json", null, null, null).statusCode());
    String[] session = login("ADMIN", PASSWORD);
    JsonNode me = Json.mapper().readTree(call("GET", "/api/session", null, null, session[0], null).body());
    assertEquals("admin", me.path("user").asText());
    assertEquals("admin", me.path("role").asText());
    assertEquals(session[1], me.path("csrf").asText());
    assertEquals(200, call("GET", "/api/search?q=supply", null, null, session[0], null).statusCode());
    String tags = "/api/documents/" + ids.get(0) + "/tags";
    HttpResponse<String> forged = call("PUT", tags, "[\"x\"]", null, session[0], null);
    assertEquals(403, forged.statusCode());
    assertTrue(error(forged).contains("X-CSRF-Token"), forged.body());
    assertEquals(403, call("PUT", tags, "[\"x\"]", null, session[0], "not-the-token").statusCode());
    assertEquals(200, call("PUT", tags, "[\"x\"]", null, session[0], session[1]).statusCode());
    assertEquals(200, call("POST", "/api/logout", null, null, session[0], session[1]).statusCode());
    assertEquals(401, call("GET", "/api/search?q=supply", null, null, session[0], null).statusCode(), "signed out");
  }

  @Test
  void eachRoleDoesWhatItMayAndNoMore() throws Exception {
    String doc = "/api/documents/" + ids.get(1);
    assertEquals(200, as(viewer, "GET", doc, null).statusCode());
    assertEquals(200, as(viewer, "GET", "/api/export/dates.ics", null).statusCode());
    HttpResponse<String> viewerTags = as(viewer, "PUT", doc + "/tags", "[\"x\"]");
    assertEquals(403, viewerTags.statusCode());
    assertTrue(error(viewerTags).contains("editor"), viewerTags.body());
    assertEquals(403, as(viewer, "DELETE", doc, null).statusCode(), "a viewer cannot delete");
    assertEquals(403, as(viewer, "GET", "/api/audit", null).statusCode());
    assertEquals(200, as(editor, "PUT", doc + "/tags", "[\"checked\"]").statusCode());
    assertEquals(403, as(editor, "DELETE", doc, null).statusCode(), "an editor cannot delete");
    assertEquals(403, as(editor, "POST", "/api/users", "{\"name\": \"x\", \"role\": \"viewer\"}").statusCode());
    assertEquals(200, as(admin, "DELETE", doc, null).statusCode());
    assertEquals(404, as(admin, "GET", doc, null).statusCode());
    assertEquals(404, as(admin, "DELETE", doc, null).statusCode());
  }

  @Test
  void adminsManageUsersWhoCanThenSignIn() throws Exception {
    HttpResponse<String> created = as(admin, "POST", "/api/users", "{\"name\": \"vera\", \"role\": \"viewer\"}");
    assertEquals(201, created.statusCode(), created.body());
    String password = Json.mapper().readTree(created.body()).path("password").asText();
    assertEquals(16, password.length());
    assertEquals(400, as(admin, "POST", "/api/users", "{\"name\": \"vera\", \"role\": \"viewer\"}").statusCode(), "taken");
    assertEquals(400, as(admin, "POST", "/api/users", "{\"name\": \"short\", \"role\": \"viewer\", \"password\": \"short\"}").statusCode());
    assertEquals(400, as(admin, "POST", "/api/users", "{\"name\": \"x\", \"role\": \"owner\"}").statusCode());
    String[] vera = login("vera", password);
    assertEquals(200, call("GET", "/api/documents", null, null, vera[0], null).statusCode());
    assertEquals(403, call("DELETE", "/api/documents/" + ids.get(2), null, null, vera[0], vera[1]).statusCode());
    assertTrue(as(admin, "GET", "/api/users", null).body().contains("\"vera\""));
    assertEquals(200, as(admin, "DELETE", "/api/users/vera", null).statusCode());
    assertEquals(401, call("GET", "/api/documents", null, null, vera[0], null).statusCode(), "a removed user's session ends");
    assertEquals(401, call("POST", "/api/login", "{\"name\": \"vera\", \"password\": \"" + password + "\"}", null, null, null).statusCode());
  }

  @Test
  void theAuditTrailRecordsWhoDidWhatAndOnlyAdminsReadIt() throws Exception {
    String id = ids.get(2);
    assertEquals(200, as(viewer, "GET", "/api/documents/" + id, null).statusCode());
    assertEquals(200, as(viewer, "GET", "/api/documents/" + id + "/original", null).statusCode());
    assertEquals(200, as(viewer, "GET", "/api/export/contracts.csv", null).statusCode());
    call("POST", "/api/login", "{\"name\": \"admin\", \"password\": \"not it at all\"}", null, null, null);
    JsonNode trail = Json.mapper().readTree(as(admin, "GET", "/api/audit?limit=1000", null).body());
    Set<String> actions = new java.util.HashSet<>();
    for (JsonNode entry : trail) {
      actions.add(entry.path("action").asText());
      if (entry.path("action").asText().equals("view") && entry.path("target").asText().equals(id)) {
        assertTrue(entry.path("user").asText().startsWith("token:"), entry.toString());
      }
    }
    assertTrue(actions.containsAll(Set.of("user-create", "view", "download", "export", "login-failed")), actions.toString());
    String jsonl = as(admin, "GET", "/api/audit.jsonl", null).body();
    List<String> lines = jsonl.lines().collect(Collectors.toList());
    assertTrue(lines.size() >= trail.size(), "the export holds the whole trail");
    for (String line : lines) {
      assertTrue(Json.mapper().readTree(line).has("at"), line);
    }
    assertEquals(403, as(editor, "GET", "/api/audit.jsonl", null).statusCode());
  }

  @Test
  void theApiIsDescribedAtOpenApiAndEveryRouteWithARoleRefusesStrangers() throws Exception {
    HttpResponse<String> described = call("GET", "/api/openapi.json", null, null, null, null);
    assertEquals(200, described.statusCode());
    JsonNode openApi = Json.mapper().readTree(described.body());
    assertEquals("3.1.0", openApi.path("openapi").asText());
    assertEquals("viewer", openApi.path("paths").path("/api/search").path("get").path("x-pactum-role").asText());
    assertEquals("admin", openApi.path("paths").path("/api/documents/{id}").path("delete").path("x-pactum-role").asText());
    int checked = 0;
    for (var path : (Iterable<java.util.Map.Entry<String, JsonNode>>) openApi.path("paths")::fields) {
      for (var operation : (Iterable<java.util.Map.Entry<String, JsonNode>>) path.getValue()::fields) {
        if (operation.getValue().path("x-pactum-role").asText().equals("none")) {
          continue;
        }
        String concrete = path.getKey().replaceAll("\\{\\w+}", "0123456789abcdef");
        HttpResponse<String> anonymous = call(operation.getKey().toUpperCase(java.util.Locale.ROOT), concrete, "{}", null, null, null);
        assertEquals(401, anonymous.statusCode(), operation.getKey() + " " + concrete + ": " + anonymous.body());
        checked++;
      }
    }
    assertTrue(checked >= 30, "routes checked: " + checked);
  }

  @Test
  void repeatedWrongPasswordsLockTheNameForAWhile() throws Exception {
    assertEquals(201, as(admin, "POST", "/api/users", "{\"name\": \"guessed\", \"role\": \"viewer\", \"password\": \"the right password\"}").statusCode());
    for (int i = 0; i < 5; i++) {
      assertEquals(401, call("POST", "/api/login", "{\"name\": \"guessed\", \"password\": \"guess " + i + "\"}", null, null, null).statusCode());
    }
    HttpResponse<String> locked = call("POST", "/api/login", "{\"name\": \"Guessed\", \"password\": \"the right password\"}", null, null, null);
    assertEquals(429, locked.statusCode(), "even the right password waits: " + locked.body());
    assertTrue(error(locked).contains("try again"), locked.body());
    assertEquals(200, call("POST", "/api/login", "{\"name\": \"admin\", \"password\": \"" + PASSWORD + "\"}", null, null, null).statusCode(),
        "other names are not held up");
  }

  @Test
  void adminsCreateListAndRevokeApiTokensWhichStopWorkingAtOnce() throws Exception {
    HttpResponse<String> created = as(admin, "POST", "/api/tokens", "{\"role\": \"viewer\", \"note\": \"nightly report\"}");
    assertEquals(201, created.statusCode(), created.body());
    JsonNode token = Json.mapper().readTree(created.body());
    String secret = token.path("token").asText();
    assertTrue(secret.startsWith("pt_" + token.path("id").asText()), created.body());
    assertEquals(200, as(secret, "GET", "/api/documents", null).statusCode());
    assertEquals(403, as(secret, "PUT", "/api/documents/" + ids.get(0) + "/tags", "[\"x\"]").statusCode(), "a viewer token");
    String listed = as(admin, "GET", "/api/tokens", null).body();
    assertTrue(listed.contains("nightly report") && listed.contains(token.path("id").asText()), listed);
    assertTrue(!listed.contains(secret) && !listed.contains("sha256"), "neither the token nor its hash is shown: " + listed);
    assertEquals(403, as(editor, "GET", "/api/tokens", null).statusCode());
    assertEquals(400, as(admin, "POST", "/api/tokens", "{\"role\": \"owner\"}").statusCode());
    assertEquals(200, as(admin, "DELETE", "/api/tokens/" + token.path("id").asText(), null).statusCode());
    assertEquals(401, as(secret, "GET", "/api/documents", null).statusCode(), "revoked");
    assertEquals(404, as(admin, "DELETE", "/api/tokens/" + token.path("id").asText(), null).statusCode());
  }

  @Test
  void theSessionCookieIsSecureWhenTheSiteIsReachedOverHttps() throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/login"))
        .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"admin\", \"password\": \"" + PASSWORD + "\"}"))
        .header("Content-Type", "application/json").header("X-Forwarded-Proto", "https").build();
    HttpResponse<String> proxied = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    assertEquals(200, proxied.statusCode(), proxied.body());
    assertTrue(proxied.headers().firstValue("Set-Cookie").orElseThrow().contains("; Secure"), proxied.headers().toString());
    String plain = call("POST", "/api/login", "{\"name\": \"admin\", \"password\": \"" + PASSWORD + "\"}", null, null, null)
        .headers().firstValue("Set-Cookie").orElseThrow();
    assertTrue(!plain.contains("Secure"), "plain HTTP (a local demo) keeps a cookie the browser will send: " + plain);
  }
}
