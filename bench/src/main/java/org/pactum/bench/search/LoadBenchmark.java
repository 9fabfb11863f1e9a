package org.pactum.bench.search;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;
import org.pactum.bench.BenchArgs;
import org.pactum.bench.CpuTime;
import org.pactum.bench.Machine;
import org.pactum.bench.Percentiles;
import org.pactum.extractor.analysis.DefaultAnalyzer;
import org.pactum.extractor.parse.IsolatedParser;
import org.pactum.extractor.parse.ParseSettings;
import org.pactum.indexer.Repository;
import org.pactum.indexer.search.SearchRequest;
import org.pactum.indexer.search.SearchResult;
import org.pactum.server.auth.ApiToken;
import org.pactum.server.auth.Role;
import org.pactum.server.auth.Security;
import org.pactum.server.http.BackgroundIngest;
import org.pactum.server.http.PactumServer;
import org.pactum.server.http.UploadLimits;
import org.pactum.server.ingest.ArchiveLimits;
import org.pactum.server.ingest.IngestService;
import org.pactum.server.ingest.UploadJobs;

/**
 * The real server under load: the search benchmark's repository (10,000 synthetic contracts, a
 * million clauses; built once, then reused), served by {@link PactumServer} with uploads ingested
 * as {@code pactum serve} does (parse worker JVMs, analyser, one batch at a time), and many
 * clients on loopback with an editor's API token, each back to back for a fixed time (see
 * {@link LoadClient}; a {@link LoadMix} other than {@code all} leaves uploads or exports or searches out). Prints per kind of request its count, latency percentiles and
 * status codes, then checks that every accepted upload was indexed and is found by a search for
 * its reference. The uploaded contracts are deleted at the end, so the repository stays as built.
 *
 * <p>Usage: {@code LoadBenchmark DATA_DIR [CLIENTS=50] [SECONDS=60] [CONTRACTS=10000] [CLAUSES_PER_CONTRACT=100] [MIX=all]}
 */
public final class LoadBenchmark {

  private static final String NOTE = "load benchmark";

  private LoadBenchmark() {}

  public static void main(String[] args) throws Exception {
    BenchArgs arguments = BenchArgs.of(args, "LoadBenchmark DATA_DIR [CLIENTS=50] [SECONDS=60] [CONTRACTS=10000] [CLAUSES_PER_CONTRACT=100]"
        + " [MIX=all|searches|searches-uploads|uploads]");
    Path data = arguments.path(0);
    int clients = arguments.integer(1, 50);
    int seconds = arguments.integer(2, 60);
    int contracts = arguments.integer(3, 10_000);
    int clausesEach = arguments.integer(4, 100);
    LoadMix mix = LoadMix.named(arguments.text(5, LoadMix.ALL.name()));
    int parseThreads = 2;
    Machine.print(clients);
    try (Repository repository = Repository.open(data);
        IsolatedParser parser = new IsolatedParser(ParseSettings.defaults().withOcr(false),
            new IsolatedParser.Pool(parseThreads, IsolatedParser.Pool.DEFAULT_HEAP, 500, null))) {
      SearchBenchmark.build(repository, contracts, clausesEach);
      Security security = Security.in(repository.root());
      String token = security.tokens().create(Role.EDITOR, NOTE);
      IngestService service = new IngestService(repository, parser, new DefaultAnalyzer(), ArchiveLimits.defaults(), parseThreads);
      LoadRecord record = new LoadRecord();
      double took;
      try (UploadJobs uploads = new UploadJobs(service, repository.root().resolve("uploads"));
          PactumServer server = new PactumServer(repository, new BackgroundIngest(), security, uploads, UploadLimits.DEFAULT)
              .start("127.0.0.1", 0)) {
        String base = "http://127.0.0.1:" + server.port();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        System.out.printf(Locale.ROOT, "load: %d clients for %d s on loopback, back to back: %.0f%% searches (QueryMix),"
            + " %.0f%% uploads (one small contract, then its job polled every 250 ms until done), %.0f%% exports"
            + " (dates.csv within 90 days, or contracts.csv of every contract; one at a time); OCR off%n", clients, seconds,
            100 * mix.searches(), 100 * mix.uploads(), 100 * mix.exports());
        double cpu = CpuTime.ofThisProcess();
        long start = System.nanoTime();
        long deadline = start + seconds * 1_000_000_000L;
        List<Thread> running = new ArrayList<>();
        Semaphore exporting = new Semaphore(1);
        for (int c = 0; c < clients; c++) {
          running.add(Thread.ofPlatform().name("client-" + c)
              .start(new LoadClient(c, base, token, http, record, mix, exporting, deadline)));
        }
        for (Thread t : running) {
          // a client finishes the upload it is polling after the deadline, within the upload limit
          t.join();
        }
        took = (System.nanoTime() - start) / 1e9;
        Machine.printLoad();
        // what the work cost whatever else ran on the machine: the server's and the clients' CPU (not the parse workers')
        System.out.printf(Locale.ROOT, "cpu: %.1f s of this JVM (server and clients) in %.1f s%n", CpuTime.ofThisProcess() - cpu, took);
      }
      report(record, took);
      checkUploads(repository, record);
      security.tokens().list().stream().filter(t -> NOTE.equals(t.note())).map(ApiToken::id).forEach(id -> revoke(security, id));
    }
  }

  private static void report(LoadRecord record, double seconds) {
    System.out.printf(Locale.ROOT, "requests over %.1f s (until the last client's last upload was done):%n", seconds);
    record.lines(seconds).forEach(System.out::println);
    System.out.println("server errors (5xx): " + record.serverErrors() + ", requests with no answer: " + record.errors());
  }

  /** Every accepted upload must end indexed and be found by its reference; then it is deleted again. */
  private static void checkUploads(Repository repository, LoadRecord record) throws Exception {
    Map<String, String> accepted = record.accepted();
    Map<String, LoadRecord.Upload> uploads = record.uploads();
    int indexed = 0;
    int found = 0;
    List<String> problems = new ArrayList<>();
    long[] untilDone = uploads.values().stream().mapToLong(LoadRecord.Upload::nanos).toArray();
    for (String reference : accepted.keySet()) {
      LoadRecord.Upload upload = uploads.get(reference);
      if (upload == null || !"indexed".equals(upload.status())) {
        problems.add(reference + ": " + (upload == null ? "not done within " + LoadClient.UPLOAD_LIMIT : upload.status()));
        continue;
      }
      indexed++;
      SearchResult result = repository.search(new SearchRequest(reference, SearchRequest.Scope.CONTRACTS,
          SearchRequest.Filters.NONE, SearchRequest.Sort.RELEVANCE, 0, 10));
      if (result.hits().stream().anyMatch(h -> upload.id().equals(h.contractId()))) {
        found++;
      } else {
        problems.add(reference + ": indexed as " + upload.id() + " but not found by its reference");
      }
    }
    System.out.printf(Locale.ROOT, "uploads: %d accepted, %d indexed, %d found by a search for their reference;"
        + " accepted to done %s%n", accepted.size(), indexed, found, Percentiles.ofNanos(untilDone).line());
    problems.stream().limit(10).forEach(p -> System.out.println("  " + p));
    for (LoadRecord.Upload upload : uploads.values()) {
      if (upload.id() != null) {
        repository.delete(upload.id());
      }
    }
  }

  private static void revoke(Security security, String id) {
    try {
      security.tokens().revoke(id);
    } catch (java.io.IOException e) {
      System.out.println("could not revoke the benchmark's token " + id + ": " + e.getMessage());
    }
  }
}
