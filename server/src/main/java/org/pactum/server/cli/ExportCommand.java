package org.pactum.server.cli;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.PrintStream;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.pactum.extractor.model.ContractRecord;
import org.pactum.extractor.model.Json;
import org.pactum.indexer.Repository;
import org.pactum.server.export.ContractExport;
import org.pactum.server.export.Csv;
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
    PrintStream out = System.out;
    ObjectWriter writer = Json.mapper().writer();
    try (Repository repository = Repository.open(data.folder())) {
      if (format == Format.csv) {
        out.print(Csv.line(ContractExport.CSV_COLUMNS));
      }
      for (String id : repository.ids()) {
        Optional<ContractRecord> record = repository.get(id);
        if (record.isEmpty()) {
          continue;
        }
        ContractExport export = ContractExport.of(record.get());
        if (format == Format.csv) {
          out.print(Csv.line(export.csvRow()));
        } else {
          out.println(writer.writeValueAsString(export));
        }
      }
    }
    out.flush();
    return ExitCodes.OK;
  }
}
