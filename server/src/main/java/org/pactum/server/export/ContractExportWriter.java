package org.pactum.server.export;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.Optional;
import org.pactum.extractor.model.ContractRecord;
import org.pactum.extractor.model.Json;
import org.pactum.indexer.Repository;

/** Writes every stored contract in the export schema, people's corrections in place, one line each, as it reads them. */
public final class ContractExportWriter {

  public enum Format { JSONL, CSV }

  private ContractExportWriter() {}

  public static void write(Repository repository, Writer out, Format format) throws IOException {
    ObjectWriter json = Json.mapper().writer();
    if (format == Format.CSV) {
      out.write(Csv.line(ContractExport.CSV_COLUMNS));
    }
    for (String id : repository.ids()) {
      Optional<ContractRecord> record = repository.corrected(id);
      if (record.isEmpty()) {
        continue;
      }
      ContractExport export = ContractExport.of(record.get(), repository.tags(id));
      out.write(format == Format.CSV ? Csv.line(export.csvRow()) : json.writeValueAsString(export) + "\n");
    }
    out.flush();
  }
}
