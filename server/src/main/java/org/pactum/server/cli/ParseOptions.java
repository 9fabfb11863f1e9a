package org.pactum.server.cli;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.pactum.extractor.parse.DocumentParser;
import org.pactum.extractor.parse.IsolatedParser;
import org.pactum.extractor.parse.ParseSettings;
import org.pactum.extractor.parse.TikaDocumentParser;
import picocli.CommandLine.Option;

/** How files are parsed: threads, limits, OCR and isolation. */
final class ParseOptions {

  @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
  picocli.CommandLine.Model.CommandSpec command;

  @Option(names = "--threads", paramLabel = "N", description = "Files processed at once (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--timeout", paramLabel = "SECONDS", description = "Time limit per file, OCR included (default: ${DEFAULT-VALUE}).")
  long timeoutSeconds = ParseSettings.DEFAULT_TIMEOUT.toSeconds();

  @Option(names = "--no-ocr", description = "Do not OCR scanned pages; they get the status needs-ocr.")
  boolean noOcr;

  @Option(names = "--parser-heap", paramLabel = "SIZE", description = "Memory limit of each parse worker (default: ${DEFAULT-VALUE}).")
  String parserHeap = IsolatedParser.Pool.DEFAULT_HEAP;

  @Option(names = "--in-process", description = "Parse inside this process instead of isolated workers (faster to start; a hostile file can then stall or crash the run).")
  boolean inProcess;

  ParseSettings settings() {
    if (timeoutSeconds < 1) {
      throw new picocli.CommandLine.ParameterException(command.commandLine(), "--timeout must be at least 1 second");
    }
    return ParseSettings.defaults().withOcr(!noOcr).withTimeout(Duration.ofSeconds(timeoutSeconds));
  }

  /** A parser, closed by the caller. */
  Handle open(@Nullable Path workerLog) {
    if (inProcess) {
      TikaDocumentParser parser = new TikaDocumentParser(settings());
      return new Handle(parser, () -> {});
    }
    IsolatedParser pool =
        new IsolatedParser(settings(), new IsolatedParser.Pool(Math.max(1, threads), parserHeap, 500, workerLog));
    return new Handle(pool, pool::close);
  }

  /** A parser and how to release it. */
  record Handle(DocumentParser parser, Runnable closer) implements AutoCloseable {
    @Override
    public void close() {
      closer.run();
    }
  }
}
