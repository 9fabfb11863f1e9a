package org.pactum.server.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.pactum.extractor.analysis.DefaultAnalyzer;
import org.pactum.indexer.Repository;
import org.pactum.server.auth.FirstAdmin;
import org.pactum.server.auth.Security;
import org.pactum.server.http.BackgroundIngest;
import org.pactum.server.http.PactumServer;
import org.pactum.server.http.UploadLimits;
import org.pactum.server.ingest.UploadJobs;
import org.pactum.server.ingest.ArchiveLimits;
import org.pactum.server.ingest.IngestService;
import org.pactum.server.ingest.LogLineListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "serve",
    description = {
      "Serve the web app and the JSON API. On first start (empty repository) the sample contracts",
      "are ingested in the background, and appear as they are indexed."
    },
    mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {

  @Mixin DataOption data;
  @Mixin ParseOptions parse;

  @Option(names = "--port", description = "Port to listen on (default: ${DEFAULT-VALUE}).", defaultValue = "7070")
  int port;

  @Option(names = "--host", description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).", defaultValue = "127.0.0.1")
  String host;

  @Option(
      names = "--samples",
      paramLabel = "DIR",
      description = "Contracts to ingest when the repository is empty (default: ${DEFAULT-VALUE}).",
      defaultValue = "${env:PACTUM_HOME:-.}/sample-contracts")
  Path samples;

  @Option(names = "--no-samples", description = "Start with an empty repository.")
  boolean noSamples;

  @Option(names = "--max-upload-mb", paramLabel = "MB",
      description = "The largest file an upload may hold (default: ${DEFAULT-VALUE}); one request may hold four times as much.",
      defaultValue = "${env:PACTUM_MAX_UPLOAD_MB:-512}")
  long maxUploadMegabytes;

  @Override
  public Integer call() throws Exception {
    Repository repository = Repository.open(data.folder());
    ParseOptions.Handle parser = parse.open(repository.root().resolve("parse-workers.log"));
    BackgroundIngest background = new BackgroundIngest();
    Security security = Security.in(repository.root());
    FirstAdmin.ensure(security.accounts(), security.audit(), System.getenv(FirstAdmin.PASSWORD_VARIABLE), System.out);
    IngestService service =
        new IngestService(repository, parser.parser(), new DefaultAnalyzer(), ArchiveLimits.defaults(), parse.threads);
    UploadJobs uploads = new UploadJobs(service, repository.root().resolve("uploads"));
    int resumed = uploads.resume();
    if (resumed > 0) {
      System.out.println("Ingesting again " + resumed + " upload(s) that a stop interrupted.");
    }
    PactumServer server = new PactumServer(repository, background, security, uploads,
        new UploadLimits(maxUploadMegabytes, 4 * maxUploadMegabytes)).start(host, port);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  uploads.close();
                  parser.close();
                  try {
                    repository.close();
                  } catch (Exception e) {
                    System.err.println("pactum: closing the repository: " + e.getMessage());
                  }
                  stopped.countDown();
                }));
    System.out.printf("Pactum is serving %s at http://%s:%d/%n", repository.root(), "127.0.0.1".equals(host) ? "localhost" : host, server.port());
    if (!noSamples && repository.size() == 0 && Files.isDirectory(samples)) {
      System.out.println("The repository is empty: ingesting the sample contracts from " + samples.toAbsolutePath().normalize());
      background.start(
          service,
          List.of(samples),
          new LogLineListener(System.out, true));
    }
    System.out.println("Press Ctrl+C to stop.");
    stopped.await();
    return ExitCodes.OK;
  }
}
