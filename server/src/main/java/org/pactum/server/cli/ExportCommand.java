package org.pactum.server.cli;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.pactum.indexer.Repository;
import org.pactum.server.export.ContractExportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "export",
    description = "Write every stored contract to standard output, in the same schema as extract.",
    mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "WHAT", description = "What to export: ${COMPLETION-CANDIDATES}.")
  What what;

  @Option(names = "--format", description = "jsonl (one JSON object a line) or csv (default: ${DEFAULT-VALUE}).", defaultValue = "jsonl")
  Format format;

  @Mixin DataOption data;

  enum What { contracts }

  enum Format { jsonl, csv }

  @Override
  public Integer call() throws Exception {
    try (Repository repository = Repository.open(data.folder())) {
      Writer out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
      ContractExportWriter.write(repository, out,
          format == Format.csv ? ContractExportWriter.Format.CSV : ContractExportWriter.Format.JSONL);
    }
    return ExitCodes.OK;
  }
}
