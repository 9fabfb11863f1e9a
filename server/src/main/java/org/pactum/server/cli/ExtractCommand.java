package org.pactum.server.cli;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.pactum.extractor.analysis.DefaultAnalyzer;
import org.pactum.extractor.clauses.ClauseFinder;
import org.pactum.extractor.clauses.ClauseModel;
import org.pactum.extractor.model.Json;
import org.pactum.extractor.parse.Folders;
import org.pactum.server.export.ContractExport;
import org.pactum.server.ingest.ArchiveLimits;
import org.pactum.server.ingest.BulkIngest;
import org.pactum.server.ingest.DocumentProcessor;
import org.pactum.server.ingest.IngestSummary;
import org.pactum.server.ingest.LogLineListener;
import org.pactum.server.ingest.SourceExpander;
import org.pactum.server.ingest.StdoutSink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "extract",
    description = {
      "Parse and extract files without storing anything: one JSON object per file on standard output,",
      "in the export schema (id, title, parties, dates, terms, governingLaw, clauses). Statuses go to standard error."
    },
    mixinStandardHelpOptions = true)
final class ExtractCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders or .zip archives.")
  List<Path> paths;

  @Option(names = "--format", description = "Output format: ${COMPLETION-CANDIDATES}.", defaultValue = "jsonl")
  Format format;

  @Mixin ParseOptions parse;

  @Option(names = "--clause-model", paramLabel = "DIR",
      description = "Classify clauses with the model `train-clauses` wrote into DIR instead of the shipped one.")
  Path clauseModel;

  enum Format { jsonl }

  @Override
  public Integer call() throws Exception {
    ClauseFinder clauses;
    try {
      clauses = clauseModel == null ? ClauseFinder.standard() : ClauseFinder.with(ClauseModel.load(clauseModel));
    } catch (NoSuchFileException e) {
      System.err.println("pactum: no clause model in " + clauseModel + " (" + e.getFile() + " is missing); `train-clauses --out "
          + clauseModel + "` writes one");
      return ExitCodes.USAGE;
    } catch (IOException e) {
      System.err.println("pactum: cannot read the clause model in " + clauseModel + ": " + e.getMessage());
      return ExitCodes.USAGE;
    }
    Path staging = Files.createTempDirectory("pactum-extract");
    PrintStream out = System.out;
    ObjectWriter writer = Json.mapper().writer();
    try (ParseOptions.Handle parser = parse.open(null)) {
      StdoutSink sink =
          new StdoutSink(
              record -> {
                try {
                  String line = writer.writeValueAsString(ContractExport.of(record));
                  synchronized (out) {
                    out.println(line);
                    out.flush();
                  }
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
      SourceExpander expander =
          new SourceExpander(() -> staging.resolve(java.util.UUID.randomUUID().toString()), ArchiveLimits.defaults());
      DocumentProcessor processor = new DocumentProcessor(parser.parser(), new DefaultAnalyzer(clauses), sink, Clock.systemUTC());
      IngestSummary summary =
          new BulkIngest(expander, processor, parse.threads, () -> {}).run(paths, new LogLineListener(System.err));
      System.err.print(summary.render());
      return summary.exitCode();
    } finally {
      Folders.deleteQuietly(staging);
    }
  }
}
