package org.pactum.server.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.extractor.analysis.DefaultAnalyzer;
import org.pactum.extractor.model.Json;
import org.pactum.extractor.parse.ParseSettings;
import org.pactum.extractor.parse.TikaDocumentParser;
import org.pactum.extractor.testing.Fixtures;
import org.pactum.indexer.Repository;
import org.pactum.server.ingest.ArchiveLimits;
import org.pactum.server.ingest.IngestService;

/** The JSON API of a really started server over the sample contracts. */
class PactumServerIT {

  @TempDir static Path data;
  private static Repository repository;
  private static PactumServer server;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    repository = Repository.open(data);
    new IngestService(repository, new TikaDocumentParser(ParseSettings.defaults().withOcr(false)), new DefaultAnalyzer(), ArchiveLimits.defaults(), 2)
        .ingest(List.of(Fixtures.sampleContracts(), Fixtures.hostile("contract-with-script.html")), r -> {});
    server = new PactumServer(repository, new BackgroundIngest()).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    repository.close();
  }

  private static HttpResponse<byte[]> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static JsonNode json(String path, int status) throws Exception {
    HttpResponse<byte[]> response = get(path);
    assertEquals(status, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    return Json.mapper().readTree(response.body());
  }

  private static String q(String query) {
    return URLEncoder.encode(query, StandardCharsets.UTF_8);
  }

  @Test
  void statusAndListing() throws Exception {
    JsonNode status = json("/api/status", 200);
    assertEquals("ok", status.path("status").asText());
    int stored = repository.size();
    assertEquals(stored, status.path("documents").asInt());
    JsonNode list = json("/api/documents?limit=5", 200);
    assertEquals(stored, list.path("total").asInt());
    assertEquals(5, list.path("hits").size());
  }

  @Test
  void searchFindsSamplesWithHighlightedSnippetsAndPages() throws Exception {
    JsonNode expected = Fixtures.expected(Fixtures.sample("01-"));
    String phrase = expected.path("phrases").get(0).asText();
    JsonNode result = json("/api/search?q=" + q("\"" + phrase + "\""), 200);
    assertTrue(result.path("total").asInt() >= 1);
    JsonNode hit = null;
    for (JsonNode h : result.path("hits")) {
      if (h.path("title").asText().equals(expected.path("title").asText())) {
        hit = h;
      }
    }
    assertTrue(hit != null, "the master services agreement is among " + result);
    JsonNode snippet = hit.path("snippets").get(0);
    assertTrue(snippet.path("page").asInt() >= 1);
    JsonNode match = snippet.path("matches").get(0);
    assertTrue(match.path("end").asInt() > match.path("start").asInt());
  }

  @Test
  void clauseSearchWithFiltersAndFacets() throws Exception {
    JsonNode result = json("/api/search?q=" + q("governed") + "&scope=clauses&category=" + q("Governing Law")
        + "&law=US-NY", 200);
    assertTrue(result.path("total").asInt() >= 1, result.toString());
    for (JsonNode hit : result.path("hits")) {
      assertTrue(hit.path("clauseId").asText().startsWith(hit.path("contractId").asText() + ":"), hit.toString());
      assertTrue(hit.path("categories").toString().contains("Governing Law"), hit.toString());
      assertTrue(hit.path("page").asInt() >= 1);
    }
    assertEquals("New York", result.path("facets").path("law").get(0).path("value").asText());
    JsonNode all = json("/api/search?q=&sort=date", 200);
    assertTrue(all.path("facets").path("type").size() >= 3, all.path("facets").toString());
    assertTrue(json("/api/search?q=x&scope=paragraphs", 400).path("error").asText().contains("scope"));
    assertTrue(json("/api/search?q=x&from=2021-13-01", 400).path("error").asText().contains("not a date"));
  }

  @Test
  void documentAndOriginal() throws Exception {
    Path sample = Fixtures.sample("02-");
    JsonNode hit = json("/api/search?q=" + q("\"" + Fixtures.expected(sample).path("phrases").get(0).asText() + "\""), 200).path("hits").get(0);
    String id = hit.path("contractId").asText();
    JsonNode doc = json("/api/documents/" + id, 200);
    assertTrue(doc.path("text").asText().length() > 500);
    assertEquals(1, doc.path("schemaVersion").asInt());
    HttpResponse<byte[]> original = get("/api/documents/" + id + "/original");
    assertEquals(200, original.statusCode());
    assertArrayEquals(Files.readAllBytes(sample), original.body());
    assertTrue(original.headers().firstValue("Content-Disposition").orElse("").contains("02-mutual-nda.docx"));
  }

  @Test
  void errorsAreJsonWithTheRightStatus() throws Exception {
    assertTrue(json("/api/search?q=" + q("\"unclosed"), 400).path("error").asText().contains("malformed"));
    assertTrue(json("/api/search?q=x&limit=abc", 400).path("error").asText().contains("limit"));
    assertTrue(json("/api/search?q=x&limit=100000", 400).path("error").asText().contains("limit"));
    assertEquals(404, json("/api/documents/0123456789abcdef", 404).path("status").asInt());
    assertEquals(404, json("/api/documents/..%2F..%2Fetc", 404).path("status").asInt());
    assertEquals(404, json("/api/no-such-endpoint", 404).path("status").asInt());
  }

  @Test
  void theWebAppIsServed() throws Exception {
    HttpResponse<byte[]> page = get("/");
    assertEquals(200, page.statusCode());
    assertTrue(new String(page.body(), StandardCharsets.UTF_8).contains("<title>Pactum</title>"));
    assertEquals(200, get("/app.js").statusCode());
  }

  @Test
  void scriptInADocumentIsReturnedAsPlainJsonText() throws Exception {
    JsonNode hit = json("/api/search?q=" + q("\"website development agreement\""), 200).path("hits").get(0);
    JsonNode doc = json("/api/documents/" + hit.path("contractId").asText(), 200);
    assertTrue(doc.path("text").asText().contains("<script>alert(1)</script>"));
  }
}
