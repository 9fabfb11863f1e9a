package org.pactum.server.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.extractor.model.Json;
import org.pactum.indexer.Repository;
import org.pactum.indexer.RepositoryVerifier;
import org.pactum.server.cli.PactumProcess;

/**
 * {@code kill -9} at the worst moments, against the real command line in its own JVM: the server
 * while uploads are acknowledged and ingested, and a reindex while it rebuilds and commits the index.
 * Nothing acknowledged may be lost or doubled, and {@code pactum verify} must find the repository
 * consistent, or {@code verify --repair} make it so.
 */
class CrashRecoveryIT {

  private static final String BOUNDARY = "pactum-crash-boundary";
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @TempDir Path work;

  @Test
  @Timeout(value = 6, unit = TimeUnit.MINUTES)
  void aServerKilledDuringUploadsLosesNothingItAcknowledgedAndDoublesNothing() throws Exception {
    Path data = work.resolve("data");
    String token = run(data, "token", "create", "--role", "editor", "crash test").strip();
    int port = freePort();
    Process server = serve(data, port);
    List<String> acknowledged = new ArrayList<>();
    AtomicReference<List<ProcessHandle>> workers = new AtomicReference<>(List.of());
    try {
      awaitUp(port, token);
      // batches until several are acknowledged, then a kill while more are being sent and ingested
      int batch = 0;
      Thread killer = null;
      while (batch < 200) {
        String a = "zq" + batch + "xa";
        String b = "zq" + batch + "xb";
        HttpResponse<String> answer;
        try {
          answer = upload(port, token, List.of(a, b));
        } catch (IOException e) {
          break; // the server is gone
        }
        if (answer.statusCode() == 202) {
          acknowledged.add(a);
          acknowledged.add(b);
        }
        batch++;
        if (acknowledged.size() == 12 && killer == null) {
          killer = new Thread(() -> {
            sleep(150);
            workers.set(server.descendants().toList()); // its parse worker JVMs, which must not outlive it
            server.destroyForcibly(); // SIGKILL: no shutdown hooks, nothing closed
          });
          killer.start();
        }
      }
      assertTrue(server.waitFor(30, TimeUnit.SECONDS), "the server was never killed");
    } finally {
      server.destroyForcibly();
    }
    assertFalse(workers.get().isEmpty(), "the uploads were being parsed when the server was killed");
    for (ProcessHandle worker : workers.get()) {
      try {
        worker.onExit().get(20, TimeUnit.SECONDS);
      } catch (TimeoutException e) {
        throw new AssertionError("a parse worker outlived its killed server: " + worker.info().commandLine().orElse("?"), e);
      }
    }
    assertTrue(acknowledged.size() >= 12, "acknowledged before the kill: " + acknowledged.size());

    Process again = serve(data, port);
    try {
      awaitUp(port, token);
      for (String word : acknowledged) {
        assertEquals(1, awaitFound(port, token, word), word + ": acknowledged, so stored exactly once");
      }
    } finally {
      again.destroy();
      assertTrue(again.waitFor(30, TimeUnit.SECONDS));
    }
    String report = run(data, "verify");
    assertTrue(report.contains("consistent"), report);
    try (Repository repository = Repository.open(data)) {
      assertEquals(repository.size(), repository.index().count(), "records and index agree");
      assertTrue(repository.size() >= acknowledged.size() && repository.size() % 2 == 0,
          "every batch whole, none doubled: " + repository.size() + " stored, " + acknowledged.size() + " acknowledged");
    }
  }

  @Test
  @Timeout(value = 6, unit = TimeUnit.MINUTES)
  void aReindexKilledWhileItRebuildsAndCommitsLeavesAConsistentRepository() throws Exception {
    Path data = work.resolve("data");
    Path inbox = Files.createDirectories(work.resolve("inbox"));
    int contracts = 300;
    for (int i = 0; i < contracts; i++) {
      Files.writeString(inbox.resolve("contract-" + i + ".txt"), "SUPPLY AGREEMENT No. " + i + "\n\n1. Delivery. The Supplier"
          + " shall deliver " + (i * 13 + 7) + " units every month.\n2. Governing Law. This Agreement is governed by the laws of"
          + " the State of Ohio.\n3. Term. This Agreement continues for " + (1 + i % 5) + " years.\n");
    }
    run(data, "ingest", inbox.toString(), "--progress", "never", "--in-process");
    long started = System.nanoTime();
    run(data, "reindex");
    long fullRun = Math.max(1, (System.nanoTime() - started) / 1_000_000);

    int inconsistent = 0;
    for (int k = 1; k <= 7; k++) {
      Process reindex = PactumProcess.start(data, "reindex");
      Thread.sleep(fullRun * k / 8);
      reindex.destroyForcibly();
      assertTrue(reindex.waitFor(30, TimeUnit.SECONDS));
      Process verify = PactumProcess.start(data, "verify");
      String report = new String(verify.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(verify.waitFor(60, TimeUnit.SECONDS));
      if (verify.exitValue() != 0) {
        inconsistent++;
        run(data, "verify", "--repair");
      }
      try (Repository repository = Repository.open(data)) {
        assertEquals(contracts, repository.size(), "records are never touched by a reindex: " + report);
        assertEquals(contracts, repository.index().count(), "killed at " + k + "/8 of a reindex: " + report);
        assertTrue(new RepositoryVerifier(repository).check(false).consistent());
      }
    }
    // a kill is either before the new index's commit (the old one stands) or after it: the log says which were repaired
    System.out.println("reindex kills that needed a repair: " + inconsistent + " of 7");
  }

  /** Runs a command to its end, expecting success; returns what it printed. */
  private static String run(Path data, String... args) throws Exception {
    Process p = PactumProcess.start(data, args);
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(180, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), String.join(" ", args) + "\n" + out);
    return out;
  }

  private static Process serve(Path data, int port) throws IOException {
    return PactumProcess.start(data, "serve", "--no-samples", "--port", String.valueOf(port), "--threads", "2");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void awaitUp(int port, String token) throws Exception {
    for (int i = 0; i < 300; i++) {
      try {
        if (get(port, token, "/api/status").statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the server did not start on port " + port);
  }

  private static int awaitFound(int port, String token, String word) throws Exception {
    int total = 0;
    for (int i = 0; i < 600 && total == 0; i++) {
      JsonNode result = Json.mapper().readTree(get(port, token, "/api/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8)).body());
      total = result.path("total").asInt();
      if (total == 0) {
        Thread.sleep(200);
      }
    }
    return total;
  }

  private static HttpResponse<String> get(int port, String token, String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Authorization", "Bearer " + token)
        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** One upload of a small contract per word, each word found only in its own file. */
  private static HttpResponse<String> upload(int port, String token, List<String> words) throws Exception {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (String word : words) {
      body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + word
          + ".txt\"\r\nContent-Type: text/plain\r\n\r\nCONSULTING AGREEMENT " + word + "\n\nThe Consultant shall advise on "
          + word + " matters each month.\r\n").getBytes(StandardCharsets.UTF_8));
    }
    body.write(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    try {
      return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/documents"))
          .header("Authorization", "Bearer " + token).header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
          .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      throw e;
    } catch (Exception e) {
      throw e instanceof IOException io ? io : new IOException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
