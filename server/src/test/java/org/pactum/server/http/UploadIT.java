package org.pactum.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.pactum.server.ingest.UploadJobs;

/** Uploads over HTTP: many files and a zip in one request, statuses per file, limits, and a batch a crash left behind. */
class UploadIT {

  @TempDir static Path data;
  private static Repository repository;
  private static UploadJobs uploads;
  private static PactumServer server;
  private static String editor;
  private static String viewer;
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String BOUNDARY = "pactum-test-boundary";

  @BeforeAll
  static void start() throws Exception {
    repository = Repository.open(data);
    // a batch acknowledged before a crash, never ingested: the server ingests it when it starts
    Path left = Files.createDirectories(data.resolve("uploads").resolve("0000000000000001"));
    Files.copy(Fixtures.sample("03-"), left.resolve("f0"));
    Files.writeString(left.resolve("manifest.json"), "[{\"file\": \"f0\", \"name\": \"before the crash/nda.txt\"}]");
    Files.createDirectories(data.resolve("uploads").resolve("0000000000000002")); // received in part, never acknowledged
    IngestService service = new IngestService(repository, new TikaDocumentParser(ParseSettings.defaults().withOcr(false)),
        new DefaultAnalyzer(), ArchiveLimits.defaults(), 2);
    uploads = new UploadJobs(service, data.resolve("uploads"));
    assertEquals(1, uploads.resume());
    Security security = Security.in(data);
    editor = security.tokens().create(Role.EDITOR, "uploads");
    viewer = security.tokens().create(Role.VIEWER, "uploads");
    server = new PactumServer(repository, new BackgroundIngest(), security, uploads, new UploadLimits(1, 4)).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    uploads.close();
    repository.close();
  }

  /** A multipart body with one 'files' part per entry: name as sent -> bytes. */
  private static byte[] multipart(Map<String, byte[]> files) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      out.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + file.getKey()
          + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      out.write(file.getValue());
      out.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    out.write(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static HttpResponse<String> post(String token, byte[] body, String type) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/documents"))
        .header("Authorization", "Bearer " + token).header("Content-Type", type)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode get(String path) throws Exception {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .header("Authorization", "Bearer " + editor).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    return Json.mapper().readTree(response.body());
  }

  private static JsonNode finished(String job) throws Exception {
    for (int i = 0; i < 600; i++) {
      JsonNode state = get("/api/uploads/" + job);
      if (state.path("phase").asText().equals("done")) {
        return state;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("upload " + job + " did not finish");
  }

  @Test
  void manyFilesAndAZipInOneRequestEachGetAStatusAndBecomeSearchable() throws Exception {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("legacy/2021/msa.pdf", Files.readAllBytes(Fixtures.sample("01-")));
    files.put("..\\..\\escape/nda.docx", Files.readAllBytes(Fixtures.sample("02-")));
    files.put("mixed.zip", Files.readAllBytes(Fixtures.hostile("mixed.zip")));
    files.put("blank.txt", new byte[0]);
    HttpResponse<String> accepted = post(editor, multipart(files), "multipart/form-data; boundary=" + BOUNDARY);
    assertEquals(202, accepted.statusCode(), accepted.body());
    JsonNode job = finished(Json.mapper().readTree(accepted.body()).path("id").asText());
    Map<String, String> status = new HashMap<>();
    for (JsonNode f : job.path("files")) {
      status.put(f.path("name").asText(), f.path("status").asText());
      assertTrue(!f.path("status").asText().equals("waiting"), f.toString());
    }
    assertEquals("indexed", status.get("legacy/2021/msa.pdf"), status.toString());
    assertEquals("indexed", status.get("escape/nda.docx"), "'..' segments are dropped from the name: " + status);
    assertEquals("empty", status.get("blank.txt"), status.toString());
    assertTrue(status.keySet().stream().anyMatch(n -> n.startsWith("mixed.zip!/")), "the zip's entries: " + status);
    JsonNode found = get("/api/search?q=" + java.net.URLEncoder.encode("\"" + Fixtures.expected(Fixtures.sample("01-"))
        .path("phrases").get(0).asText() + "\"", StandardCharsets.UTF_8));
    assertEquals("legacy/2021/msa.pdf", found.path("hits").get(0).path("fileName").asText());
    try (var left = Files.list(data.resolve("uploads"))) {
      assertEquals(List.of(), left.filter(p -> p.getFileName().toString().equals(job.path("id").asText())).toList(),
          "the batch is cleared once ingested");
    }
  }

  @Test
  void aBatchLeftByACrashIsIngestedAtStartAndAHalfReceivedOneIsDropped() throws Exception {
    JsonNode resumed = finished("0000000000000001");
    assertEquals("indexed", resumed.path("files").get(0).path("status").asText(), resumed.toString());
    assertEquals("before the crash/nda.txt", resumed.path("files").get(0).path("name").asText());
    assertTrue(Files.notExists(data.resolve("uploads").resolve("0000000000000002")));
  }

  @Test
  void badUploadsGetTheRightStatusAndStoreNothing() throws Exception {
    int before = repository.size();
    HttpResponse<String> viewerTry = post(viewer, multipart(Map.of("a.txt", "x".getBytes())), "multipart/form-data; boundary=" + BOUNDARY);
    assertEquals(403, viewerTry.statusCode());
    assertEquals(415, post(editor, "{}".getBytes(), "application/json").statusCode());
    assertEquals(400, post(editor, multipart(Map.of()), "multipart/form-data; boundary=" + BOUNDARY).statusCode());
    byte[] big = new byte[2 * 1024 * 1024];
    java.util.Arrays.fill(big, (byte) 'a');
    HttpResponse<String> tooLarge = post(editor, multipart(Map.of("big.txt", big)), "multipart/form-data; boundary=" + BOUNDARY);
    assertEquals(413, tooLarge.statusCode(), tooLarge.body());
    assertTrue(Json.mapper().readTree(tooLarge.body()).path("error").asText().length() > 0, tooLarge.body());
    assertEquals(before, repository.size());
  }
}
