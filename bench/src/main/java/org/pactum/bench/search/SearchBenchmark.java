package org.pactum.bench.search;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.pactum.bench.BenchArgs;
import org.pactum.bench.Machine;
import org.pactum.bench.Percentiles;
import org.pactum.indexer.Repository;
import org.pactum.indexer.search.SearchRequest;
import org.pactum.server.auth.Role;
import org.pactum.server.auth.Security;
import org.pactum.server.http.BackgroundIngest;
import org.pactum.server.http.PactumServer;

/**
 * Search at scale: builds (or reuses) a repository of synthetic contracts, then runs a fixed mix of
 * searches at 1 and 4 concurrent clients, in process and over HTTP, and prints index build time,
 * index size and latency percentiles.
 *
 * <p>Arguments: {@code DATA_DIR [CONTRACTS=10000] [CLAUSES_PER_CONTRACT=100] [QUERIES=1000]}.
 */
public final class SearchBenchmark {

  private static final int[] CLIENTS = {1, 4};

  private SearchBenchmark() {}

  public static void main(String[] args) throws Exception {
    BenchArgs arguments = BenchArgs.of(args, "SearchBenchmark DATA_DIR [CONTRACTS=10000] [CLAUSES_PER_CONTRACT=100] [QUERIES=1000]");
    Path data = arguments.path(0);
    int contracts = arguments.integer(1, 10_000);
    int clausesEach = arguments.integer(2, 100);
    int queries = arguments.integer(3, 1000);
    Machine.print(Math.max(CLIENTS[CLIENTS.length - 1], 1));
    try (Repository repository = Repository.open(data)) {
      build(repository, contracts, clausesEach);
      List<SearchRequest> mix = QueryMix.of(queries, 42);
      System.out.printf("queries: %d (term, phrase, boolean with category and law filters, proximity/wildcard/fuzzy"
          + " with a date filter, contracts by type sorted by relevance or date); 10 hits each, facets and highlights%n", mix.size());
      // warm up: JIT, page cache, facet state
      run(mix, 1, r -> repository.search(r));
      Timings single = null;
      for (int clients : CLIENTS) {
        Timings timings = run(mix, clients, r -> repository.search(r));
        report("in process", clients, timings);
        single = clients == 1 ? timings : single;
      }
      // the same, with the result written as the API's JSON: what HTTP adds beyond serialising
      com.fasterxml.jackson.databind.ObjectWriter json = org.pactum.extractor.model.Json.mapper().writer();
      report("+ JSON", 1, run(mix, 1, r -> json.writeValueAsBytes(repository.search(r))));
      Security security = Security.in(repository.root());
      String token = security.tokens().create(Role.VIEWER, "search benchmark");
      try (PactumServer server = new PactumServer(repository, new BackgroundIngest(), security).start("127.0.0.1", 0)) {
        String base = "http://127.0.0.1:" + server.port();
        // responses handled on the selector thread: no hand-off to a pool per request
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(Runnable::run).build();
        Search overHttp = r -> {
          HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + url(r)))
                  .header("Authorization", "Bearer " + token).build(),
              HttpResponse.BodyHandlers.ofByteArray());
          if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode() + " for " + url(r));
          }
        };
        run(mix, 1, overHttp);
        for (int clients : CLIENTS) {
          Timings timings = run(mix, clients, overHttp);
          report("over HTTP", clients, timings);
          if (clients == 1 && single != null) {
            long[] added = new long[mix.size()];
            for (int i = 0; i < added.length; i++) {
              added[i] = timings.nanos()[i] - single.nanos()[i];
            }
            Percentiles adds = Percentiles.ofNanos(added);
            System.out.printf("HTTP adds, per query (HTTP minus in process, same query, 1 client): p50 %.2f ms, p90 %.2f ms%n",
                adds.ms(50), adds.ms(90));
          }
        }
      }
    }
  }

  /** Builds the synthetic contracts into the repository, or reuses them when it already holds as many. */
  static void build(Repository repository, int contracts, int clausesEach) throws IOException {
    int have = repository.index().count();
    if (have >= contracts) {
      System.out.printf("index: reusing %d contracts in %s%n", have, repository.root());
    } else {
      SyntheticContracts generator = new SyntheticContracts(clausesEach);
      long start = System.nanoTime();
      for (int i = have; i < contracts; i++) {
        repository.update(generator.contract(i));
        if ((i + 1) % 1000 == 0) {
          repository.commit();
          System.out.printf("  %d contracts, %.0f s%n", i + 1, (System.nanoTime() - start) / 1e9);
        }
      }
      repository.commit();
      System.out.printf("index: built %d contracts (%d clauses each) in %.1f s%n", contracts - have, clausesEach,
          (System.nanoTime() - start) / 1e9);
    }
    System.out.printf("index: %d contracts, about %,d clauses, %s on disk (records %s)%n", repository.index().count(),
        (long) repository.index().count() * clausesEach, megabytes(repository.root().resolve("index")),
        megabytes(repository.root().resolve("records")));
  }

  private static String megabytes(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      long bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
      return String.format("%.0f MB", bytes / 1e6);
    }
  }

  /** The API address of a search, as the web app would ask for it. */
  static String url(SearchRequest r) {
    StringBuilder url = new StringBuilder("/api/search?q=").append(encode(r.query()))
        .append("&scope=").append(r.scope().name().toLowerCase()).append("&sort=").append(r.sort().name().toLowerCase())
        .append("&limit=").append(r.limit());
    SearchRequest.Filters f = r.filters();
    append(url, "category", f.category());
    append(url, "law", f.law());
    append(url, "type", f.type());
    append(url, "party", f.party());
    append(url, "from", f.from() == null ? null : f.from().toString());
    append(url, "to", f.to() == null ? null : f.to().toString());
    return url.toString();
  }

  private static void append(StringBuilder url, String name, String value) {
    if (value != null) {
      url.append('&').append(name).append('=').append(encode(value));
    }
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private interface Search {
    void run(SearchRequest request) throws Exception;
  }

  private record Timings(long[] nanos, double seconds) {}

  /** Runs every request once, spread over {@code clients} threads; returns each request's latency. */
  private static Timings run(List<SearchRequest> mix, int clients, Search search) throws Exception {
    long[] nanos = new long[mix.size()];
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        running.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < mix.size(); i = next.getAndIncrement()) {
            long t = System.nanoTime();
            search.run(mix.get(i));
            nanos[i] = System.nanoTime() - t;
          }
          return null;
        }));
      }
      for (Future<?> f : running) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    return new Timings(nanos, (System.nanoTime() - start) / 1e9);
  }

  private static void report(String how, int clients, Timings timings) {
    Percentiles latency = Percentiles.ofNanos(timings.nanos());
    System.out.printf("%-11s %d client(s): %s, %.0f searches/s%n", how, clients, latency.line(),
        latency.count() / timings.seconds());
  }

}
