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
import org.pactum.server.auth.Role;
import org.pactum.server.auth.Security;
import org.pactum.server.ingest.ArchiveLimits;
import org.pactum.server.ingest.IngestService;

/** The JSON API of a really started server over the sample contracts. */
class PactumServerIT {

  @TempDir static Path data;
  private static Repository repository;
  private static PactumServer server;
  private static String token;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    repository = Repository.open(data);
    new IngestService(repository, new TikaDocumentParser(ParseSettings.defaults().withOcr(false)), new DefaultAnalyzer(), ArchiveLimits.defaults(), 2)
        .ingest(List.of(Fixtures.sampleContracts(), Fixtures.hostile("contract-with-script.html")), r -> {});
    Security security = Security.in(data);
    token = security.tokens().create(Role.ADMIN, "tests");
    server = new PactumServer(repository, new BackgroundIngest(), security).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    repository.close();
  }

  private static HttpResponse<byte[]> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static JsonNode json(String path, int status) throws Exception {
    HttpResponse<byte[]> response = get(path);
    assertEquals(status, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    return Json.mapper().readTree(response.body());
  }

  private static HttpResponse<byte[]> send(String method, String path, String json) throws Exception {
    HttpRequest.BodyPublisher body = json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json);
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .method(method, body).header("Content-Type", "application/json").header("Authorization", "Bearer " + token).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String text(String path) throws Exception {
    HttpResponse<byte[]> response = get(path);
    assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
    return new String(response.body(), StandardCharsets.UTF_8);
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
  void searchForContractsThatRenewByThemselvesWithNinetyDaysNotice() throws Exception {
    JsonNode result = json("/api/search?q=&renewal=automatic&notice=" + q("90 days"), 200);
    assertTrue(result.path("total").asInt() >= 1, result.toString());
    assertEquals("[{\"value\":\"automatic\",\"count\":" + result.path("total").asInt() + "}]",
        result.path("facets").path("renewal").toString());
    assertEquals("90 days", result.path("facets").path("notice").get(0).path("value").asText());
    assertEquals(1, result.path("facets").path("notice").size(), result.path("facets").toString());
    assertEquals(result.path("total"), json("/api/search?q=&renewal=automatic&notice=P90D", 200).path("total"));
    assertTrue(json("/api/search?q=&renewal=evergreen", 400).path("error").asText().contains("automatic or option to extend"));
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

  @Test
  void similarClausesAndASideBySideComparison() throws Exception {
    JsonNode hit = json("/api/search?q=liability&scope=clauses&category=" + q("Cap on Liability") + "&limit=1", 200)
        .path("hits").get(0);
    String id = hit.path("clauseId").asText();
    JsonNode similar = json("/api/clauses/" + q(id) + "/similar?limit=5", 200);
    assertTrue(similar.size() >= 1, similar.toString());
    for (JsonNode s : similar) {
      assertTrue(!s.path("clause").path("contractId").asText().equals(hit.path("contractId").asText()), s.toString());
      double similarity = s.path("similarity").asDouble();
      assertTrue(similarity > 0 && similarity <= 1, s.toString());
    }
    String other = similar.get(0).path("clause").path("clauseId").asText();
    JsonNode comparison = json("/api/compare?ids=" + q(id + "," + other), 200);
    assertEquals(id, comparison.path("base").path("id").asText());
    JsonNode against = comparison.path("others").get(0);
    assertEquals(other, against.path("passage").path("id").asText());
    StringBuilder otherText = new StringBuilder();
    for (JsonNode segment : against.path("difference").path("segments")) {
      if (!segment.path("change").asText().equals("REMOVED")) {
        otherText.append(segment.path("text").asText());
      }
    }
    assertEquals(against.path("passage").path("text").asText(), otherText.toString());
    assertEquals(404, get("/api/clauses/" + q("0000000000000000:1-2") + "/similar").statusCode());
    assertTrue(json("/api/compare?ids=" + q(id), 400).path("error").asText().contains("2 to"));
  }

  @Test
  void capClausesThatDifferMostFromTheUsualWordingComeFirstInSearchAndCompare() throws Exception {
    String caps = "/api/search?scope=clauses&category=" + q("Cap on Liability") + "&sort=deviation&limit=50";
    JsonNode found = json(caps, 200);
    JsonNode hits = found.path("hits");
    assertTrue(hits.size() >= 3, found.toString());
    double previous = 2;
    for (JsonNode hit : hits) {
      double deviation = hit.path("deviation").path("deviation").asDouble(-1);
      assertTrue(deviation >= 0 && deviation <= previous, "most unusual first: " + hit);
      previous = deviation;
    }
    String standard = hits.get(0).path("deviation").path("standardId").asText();
    assertTrue(hits.get(0).path("deviation").path("standardName").asText().startsWith("usual wording"), hits.get(0).toString());
    assertEquals(0.0, hits.get(hits.size() - 1).path("deviation").path("deviation").asDouble(), 1e-9, "the usual clause itself last");
    assertTrue(json("/api/search?scope=clauses&sort=deviation", 400).path("error").asText().contains("category"));
    assertTrue(json("/api/search?category=" + q("Cap on Liability") + "&sort=deviation", 400).path("error").asText().contains("scope=clauses"));

    // the least and the most unusual against the standard, asked for most different first
    String ids = standard + "," + hits.get(hits.size() - 2).path("clauseId").asText() + "," + hits.get(0).path("clauseId").asText();
    JsonNode sorted = json("/api/compare?ids=" + q(ids) + "&sort=deviation", 200);
    assertEquals(hits.get(0).path("clauseId").asText(), sorted.path("others").get(0).path("passage").path("id").asText(), sorted.toString());
    JsonNode given = json("/api/compare?ids=" + q(ids), 200);
    assertEquals(hits.get(hits.size() - 2).path("clauseId").asText(), given.path("others").get(0).path("passage").path("id").asText(), "as given");
    assertTrue(json("/api/compare?ids=" + q(ids) + "&sort=sideways", 400).path("error").asText().contains("deviation"));
  }

  @Test
  void theClauseLibraryRanksClausesMostDeviantFirst() throws Exception {
    JsonNode hit = json("/api/search?q=liability&scope=clauses&category=" + q("Cap on Liability") + "&limit=1", 200)
        .path("hits").get(0);
    String wording = json("/api/clauses/" + q(hit.path("clauseId").asText()), 200).path("text").asText();
    HttpResponse<byte[]> created = send("POST", "/api/library",
        Json.mapper().writeValueAsString(java.util.Map.of("category", "cap on liability", "name", "Ours", "text", wording)));
    assertEquals(201, created.statusCode(), new String(created.body(), StandardCharsets.UTF_8));
    String standard = Json.mapper().readTree(created.body()).path("id").asText();
    JsonNode ranked = json("/api/library/deviations?category=" + q("Cap on Liability") + "&limit=200", 200);
    JsonNode deviations = ranked.path("deviations");
    assertEquals(ranked.path("total").asInt(), deviations.size());
    assertTrue(deviations.size() >= 3, ranked.toString());
    for (int i = 1; i < deviations.size(); i++) {
      assertTrue(deviations.get(i - 1).path("deviation").asDouble() >= deviations.get(i).path("deviation").asDouble());
    }
    assertEquals(0.0, deviations.get(deviations.size() - 1).path("deviation").asDouble(), 1e-9);
    assertEquals(200, send("DELETE", "/api/library/" + standard, null).statusCode());
    HttpResponse<byte[]> learned = get("/api/library/deviations?category=" + q("Cap on Liability"));
    assertEquals(200, learned.statusCode(), "without a standard, the usual wording stands in");
    String learnedBody = new String(learned.body(), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(learnedBody.contains("usual wording: "), learnedBody);
    assertEquals(400, send("POST", "/api/library", "{\"category\": \"Nonsense\", \"text\": \"x\"}").statusCode());
    assertEquals(400, send("POST", "/api/library", "not json").statusCode());
  }

  @Test
  void anAmendmentChainIsShownInItsAgreementsFamilyWithTheTermsEachChanged() throws Exception {
    // the amendments quote the agreement's name and date, so this finds one of them: each leads to the family
    String msa = json("/api/search?q=" + q("\"" + Fixtures.expected(Fixtures.sample("01-")).path("phrases").get(0).asText() + "\""), 200)
        .path("hits").get(0).path("contractId").asText();
    JsonNode first = json("/api/documents/" + msa + "/family", 200);
    String amendment = first.path("members").get(1).path("contractId").asText();
    String second = first.path("members").get(2).path("contractId").asText();
    // what the first amendment extends the term to, as a person corrected it: families use corrections
    assertEquals(200, send("PUT", "/api/documents/" + amendment + "/corrections",
        "{\"field\": \"expirationDate\", \"value\": \"2025-03-31\"}").statusCode());
    JsonNode family = json("/api/documents/" + msa + "/family", 200);
    assertEquals("MASTER SERVICES AGREEMENT", family.path("base").path("title").asText(), family.toString());
    assertEquals(List.of("agreement", "amendment", "amendment"),
        java.util.stream.StreamSupport.stream(family.path("members").spliterator(), false).map(m -> m.path("kind").asText()).toList());
    assertEquals(2, family.path("members").get(2).path("number").asInt(), family.toString());
    JsonNode expiry = null;
    JsonNode notice = null;
    for (JsonNode term : family.path("effectiveTerms")) {
      switch (term.path("field").asText()) {
        case "expirationDate" -> expiry = term;
        case "noticePeriod" -> notice = term;
        default -> { }
      }
    }
    assertEquals("2026-03-31", expiry.path("value").asText(), "the second amendment's end date is in force: " + family);
    assertEquals(second, expiry.path("contractId").asText());
    assertEquals("2025-03-31 (AMENDMENT NO. 1 TO MASTER SERVICES AGREEMENT)", expiry.path("replaced").asText(), "the corrected first extension");
    assertEquals("P60D", notice.path("value").asText(), "the second amendment shortened the notice: " + family);
    assertTrue(json("/api/families", 200).size() >= 2, "the statement of work's family too");
    String nda = json("/api/search?q=" + q("\"" + Fixtures.expected(Fixtures.sample("03-")).path("phrases").get(0).asText() + "\""), 200)
        .path("hits").get(0).path("contractId").asText();
    json("/api/documents/" + nda + "/family", 404);
  }

  @Test
  void keyDatesAreListedAndExportedAsCsvAndICalendar() throws Exception {
    String today = "&today=2026-11-23";
    JsonNode dates = json("/api/dates?x=1" + today, 200);
    assertTrue(dates.size() >= 10, dates.toString());
    // the MSA's dates, as its amendments leave them (the amendments' own term dates are the MSA's)
    String anyOfFamily = json("/api/search?q=" + q("\"" + Fixtures.expected(Fixtures.sample("01-")).path("phrases").get(0).asText() + "\""), 200)
        .path("hits").get(0).path("contractId").asText();
    String msa = json("/api/documents/" + anyOfFamily + "/family", 200).path("base").path("contractId").asText();
    java.time.LocalDate renews = null;
    java.time.LocalDate notice = null;
    for (JsonNode d : dates) {
      if (d.path("contractId").asText().equals(msa)) {
        switch (d.path("kind").asText()) {
          case "RENEWAL" -> renews = java.time.LocalDate.parse(d.path("date").asText());
          case "NOTICE_DEADLINE" -> notice = java.time.LocalDate.parse(d.path("date").asText());
          default -> { }
        }
      }
    }
    assertTrue(renews != null && notice != null, "the MSA renews itself: " + dates);
    assertEquals(renews.minusDays(60), notice, "sixty days' notice, as the second amendment has it");
    JsonNode soon = json("/api/dates?within=90d" + today, 200);
    for (JsonNode d : soon) {
      java.time.LocalDate date = java.time.LocalDate.parse(d.path("date").asText());
      assertTrue(!date.isBefore(java.time.LocalDate.parse("2026-11-23")) && !date.isAfter(java.time.LocalDate.parse("2027-02-21")), d.toString());
    }
    assertTrue(json("/api/dates?within=soon", 400).path("error").asText().contains("90d"));

    String ics = text("/api/export/dates.ics?x=1" + today);
    net.fortuna.ical4j.model.Calendar calendar = new net.fortuna.ical4j.data.CalendarBuilder().build(new java.io.StringReader(ics));
    assertTrue(!calendar.validate().hasErrors(), calendar.validate().toString());
    List<String> uids = calendar.getComponents("VEVENT").stream()
        .map(c -> c.getProperty("UID").orElseThrow().getValue()).toList();
    assertEquals(dates.size(), uids.size());
    assertEquals(uids.size(), new java.util.HashSet<>(uids).size(), "one event per date");
    assertTrue(uids.contains(msa + "-notice-deadline@pactum"), uids.toString());
    String again = text("/api/export/dates.ics?x=1" + today);
    List<String> uidsAgain = new net.fortuna.ical4j.data.CalendarBuilder().build(new java.io.StringReader(again))
        .getComponents("VEVENT").stream().map(c -> c.getProperty("UID").orElseThrow().getValue()).toList();
    assertEquals(uids, uidsAgain, "exporting again gives the same events, so a calendar updates them");

    List<String> csv = text("/api/export/dates.csv?x=1" + today).lines().toList();
    assertTrue(csv.get(0).startsWith("uid,date,kind"), csv.get(0));
    assertTrue(csv.size() >= dates.size() + 1);
    assertEquals(dates.size(), Json.mapper().readTree(text("/api/export/dates.json?x=1" + today)).size());
  }

  @Test
  void contractsAreExportedAsJsonLinesAndCsv() throws Exception {
    List<String> lines = text("/api/export/contracts.jsonl").lines().toList();
    assertEquals(repository.size(), lines.size());
    for (String line : lines) {
      assertTrue(Json.mapper().readTree(line).path("documentId").asText().matches("[0-9a-f]{16}"), line);
    }
    String csv = text("/api/export/contracts.csv");
    assertTrue(csv.startsWith("id,documentId,title,"), csv.substring(0, 80));
  }

  @Test
  void tagsAreStoredSearchedCountedAndExported() throws Exception {
    String id = json("/api/search?q=" + q("\"" + Fixtures.expected(Fixtures.sample("05-")).path("phrases").get(0).asText() + "\""), 200)
        .path("hits").get(0).path("contractId").asText();
    HttpResponse<byte[]> put = send("PUT", "/api/documents/" + id + "/tags", "[\"Renewal review\", \"supplier: cascade\"]");
    assertEquals(200, put.statusCode(), new String(put.body(), StandardCharsets.UTF_8));
    assertEquals("[\"Renewal review\",\"supplier: cascade\"]", json("/api/documents/" + id + "/tags", 200).toString());
    JsonNode tagged = json("/api/search?q=&tag=" + q("renewal review"), 200);
    assertEquals(1, tagged.path("total").asInt());
    assertEquals(id, tagged.path("hits").get(0).path("contractId").asText());
    assertTrue(json("/api/search?q=", 200).path("facets").path("tag").toString().contains("supplier: cascade"));
    assertTrue(text("/api/export/contracts.jsonl").lines().anyMatch(l -> l.contains("\"tags\":[\"Renewal review\",\"supplier: cascade\"]")));
    assertEquals(400, send("PUT", "/api/documents/" + id + "/tags", "[\"<b>bold</b>\"]").statusCode());
    assertEquals(400, send("PUT", "/api/documents/" + id + "/tags", "{\"not\": \"a list\"}").statusCode());
    assertEquals(404, send("PUT", "/api/documents/0123456789abcdef/tags", "[\"x\"]").statusCode());
    assertEquals(200, send("PUT", "/api/documents/" + id + "/tags", "[]").statusCode());
    assertEquals(0, json("/api/search?q=&tag=" + q("renewal review"), 200).path("total").asInt());
  }

  @Test
  void aPartysContractsComeWithTheirKeyTermsInOneTable() throws Exception {
    // the master services agreement and its two amendments
    JsonNode rows = json("/api/parties/contracts?name=northwind", 200);
    List<String> titles = java.util.stream.StreamSupport.stream(rows.spliterator(), false).map(r -> r.path("title").asText()).sorted().toList();
    assertEquals(List.of("AMENDMENT NO. 1 TO MASTER SERVICES AGREEMENT", "AMENDMENT NO. 2 TO MASTER SERVICES AGREEMENT",
        "MASTER SERVICES AGREEMENT"), titles, rows.toString());
    JsonNode msa = java.util.stream.StreamSupport.stream(rows.spliterator(), false)
        .filter(r -> r.path("title").asText().equals("MASTER SERVICES AGREEMENT")).findFirst().orElseThrow();
    assertEquals("Northwind Analytics, Inc.", msa.path("party").asText());
    assertEquals("Provider", msa.path("as").asText());
    assertEquals("New York", msa.path("governingLaw").asText());
    assertEquals("P1Y", msa.path("renewalTerm").asText());
    assertEquals("P90D", msa.path("noticePeriod").asText());
    assertTrue(msa.path("largestAmount").asText().startsWith("USD "), msa.toString());
    assertEquals("P60D", msa.path("terminationNotice").asText(), msa.toString());
    // a buyer's question: the liability cap with this supplier
    JsonNode supply = json("/api/parties/contracts?name=falkenstein", 200).get(0);
    assertEquals("EUR 1000000", supply.path("liabilityCap").asText(), supply.toString());
    assertTrue(json("/api/parties/contracts", 400).path("error").asText().contains("name"));
  }

  @Test
  void notesAreAddedListedAndRemoved() throws Exception {
    String id = json("/api/search?q=" + q("\"" + Fixtures.expected(Fixtures.sample("14-")).path("phrases").get(0).asText() + "\""), 200)
        .path("hits").get(0).path("contractId").asText();
    HttpResponse<byte[]> added = send("POST", "/api/documents/" + id + "/notes", "{\"text\": \"Renewal under negotiation <b>now</b>\"}");
    assertEquals(201, added.statusCode(), new String(added.body(), StandardCharsets.UTF_8));
    String note = Json.mapper().readTree(added.body()).path("id").asText();
    JsonNode notes = json("/api/documents/" + id + "/notes", 200);
    assertEquals(1, notes.size());
    assertEquals("Renewal under negotiation <b>now</b>", notes.get(0).path("text").asText(), "kept as written, shown as text");
    assertTrue(notes.get(0).path("user").asText().startsWith("token:"));
    assertEquals(400, send("POST", "/api/documents/" + id + "/notes", "{\"text\": \"  \"}").statusCode());
    assertEquals(404, send("POST", "/api/documents/0123456789abcdef/notes", "{\"text\": \"x\"}").statusCode());
    assertEquals(200, send("DELETE", "/api/documents/" + id + "/notes/" + note, null).statusCode());
    assertEquals(0, json("/api/documents/" + id + "/notes", 200).size());
  }
}
