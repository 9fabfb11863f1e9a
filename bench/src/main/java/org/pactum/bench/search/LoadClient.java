package org.pactum.bench.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Semaphore;
import org.pactum.extractor.model.Json;
import org.pactum.indexer.search.SearchRequest;

/**
 * One simulated person or script with an API token: until the deadline, back to back, a search
 * (nine times in ten in the {@link LoadMix#ALL} mix), an upload of a small contract followed by polling its job until it is done,
 * or an export. Exports are reports someone pulls now and then: one at a time across all clients
 * (a client whose turn it is while another export runs searches instead), since each reads every
 * record of the repository. Every request's kind, status and latency go to the shared
 * {@link LoadRecord}.
 */
final class LoadClient implements Runnable {

  private static final Duration POLL = Duration.ofMillis(250);
  /** How long an upload may take to be done before the client gives up on it. */
  static final Duration UPLOAD_LIMIT = Duration.ofMinutes(3);

  private final int number;
  private final String base;
  private final String token;
  private final HttpClient http;
  private final LoadRecord record;
  private final LoadMix mix;
  private final Semaphore exporting;
  private final long deadline;
  private final List<SearchRequest> searches;
  private final SplittableRandom random;
  private int uploads;

  LoadClient(int number, String base, String token, HttpClient http, LoadRecord record, LoadMix mix,
      Semaphore exporting, long deadlineNanos) {
    this.number = number;
    this.base = base;
    this.token = token;
    this.http = http;
    this.record = record;
    this.mix = mix;
    this.exporting = exporting;
    this.deadline = deadlineNanos;
    this.searches = QueryMix.of(1000, 42 + number);
    this.random = new SplittableRandom(7 + number);
  }

  @Override
  public void run() {
    int next = 0;
    while (System.nanoTime() < deadline) {
      double dice = random.nextDouble();
      try {
        if (dice < mix.uploads()) {
          upload();
        } else if (dice < mix.uploads() + mix.exports() && exporting.tryAcquire()) {
          try {
            // key dates for the next quarter, or every contract's fields
            send("export", random.nextBoolean() ? "/api/export/dates.csv?within=90d" : "/api/export/contracts.csv");
          } finally {
            exporting.release();
          }
        } else {
          send("search", SearchBenchmark.url(searches.get(next++ % searches.size())));
        }
      } catch (IOException e) {
        record.error(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private HttpResponse<byte[]> send(String kind, String path) throws IOException, InterruptedException {
    return timed(kind, HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
        .timeout(Duration.ofMinutes(2)).build());
  }

  private HttpResponse<byte[]> timed(String kind, HttpRequest request) throws IOException, InterruptedException {
    long t = System.nanoTime();
    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    record.request(kind, response.statusCode(), System.nanoTime() - t, response.body().length);
    return response;
  }

  /** Uploads one contract with a reference found in no other document, then polls its job until done. */
  private void upload() throws IOException, InterruptedException {
    String reference = String.format(Locale.ROOT, "loadref%02dx%04d", number, uploads++);
    String boundary = "pactum-load-" + reference;
    byte[] body = (("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + reference
        + ".txt\"\r\nContent-Type: text/plain\r\n\r\n") + UploadContract.text(reference, number * 10_000L + uploads)
        + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    long started = System.nanoTime();
    HttpResponse<byte[]> accepted = timed("upload", HttpRequest.newBuilder(URI.create(base + "/api/documents"))
        .header("Authorization", "Bearer " + token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .timeout(Duration.ofMinutes(2)).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    if (accepted.statusCode() != 202) {
      return;
    }
    String job = Json.mapper().readTree(accepted.body()).get("id").asText();
    record.accepted(reference, job);
    long giveUp = started + UPLOAD_LIMIT.toNanos();
    while (System.nanoTime() < giveUp) {
      Thread.sleep(POLL.toMillis());
      HttpResponse<byte[]> polled = send("poll", "/api/uploads/" + job);
      if (polled.statusCode() != 200) {
        continue;
      }
      JsonNode state = Json.mapper().readTree(polled.body());
      if ("done".equals(state.get("phase").asText())) {
        JsonNode file = state.get("files").get(0);
        record.done(reference, file.get("status").asText(), file.path("id").asText(null), System.nanoTime() - started);
        return;
      }
    }
  }
}
