package org.pactum.server.export;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pactum.indexer.dates.DateInput;
import org.pactum.indexer.dates.KeyDate;

/** Key dates as CSV rows, one per date. */
public final class KeyDateCsv {

  public static final List<String> COLUMNS = List.of("uid", "date", "kind", "contractId", "title", "fileName",
      "summary", "derivation", "inputs", "autoRenews", "sourceContractId", "page", "start", "end");

  private KeyDateCsv() {}

  public static String header() {
    return Csv.line(COLUMNS);
  }

  public static String row(KeyDate d) {
    List<@Nullable Object> cells = Arrays.asList(d.uid(), d.date(), d.kind().name().toLowerCase(java.util.Locale.ROOT),
        d.contractId(), d.title(), d.fileName(), d.summary(), d.derivation(),
        String.join("; ", d.inputs().stream().map(DateInput::describe).toList()), d.autoRenews(), d.sourceContractId(), d.page(), d.start(), d.end());
    return Csv.line(cells);
  }
}
