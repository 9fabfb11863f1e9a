package org.pactum.server.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.pactum.extractor.model.Json;
import org.pactum.indexer.Repository;
import org.pactum.indexer.dates.DateQuery;
import org.pactum.indexer.dates.KeyDate;
import org.pactum.server.export.KeyDateCalendar;
import org.pactum.server.export.KeyDateCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "dates",
    description = {
      "Key dates of every contract, soonest first: expirations, renewals (rolled forward to the next term end),",
      "notice deadlines (the renewal date minus the notice period) and obligations due on a date. Each comes",
      "with how it was worked out and the page it was read from."
    },
    mixinStandardHelpOptions = true,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:listed", "2:an option is malformed", "3:the repository could not be opened"})
final class DatesCommand implements Callable<Integer> {

  @Mixin DataOption data;

  @Option(names = "--within", paramLabel = "WINDOW", description = "Only dates from today up to this far ahead: 90d, 12w, 6m, 1y.")
  String within;

  @Option(names = "--expired", description = "Only contracts that have expired.")
  boolean expired;

  @Option(names = "--auto-renews", description = "Only contracts that renew themselves unless notice is given.")
  boolean autoRenews;

  @Option(names = "--kind", paramLabel = "KIND", split = ",",
      description = "Only these kinds: expiration, renewal, notice-deadline, obligation-due.")
  List<String> kinds = List.of();

  @Option(names = "--today", paramLabel = "DATE", description = "Work the dates out as of this day (default: today).")
  String today;

  @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), csv, ics or json.")
  String format = "table";

  @Override
  public Integer call() throws Exception {
    DateQuery query;
    try {
      LocalDate day = today == null ? LocalDate.now() : LocalDate.parse(today);
      EnumSet<KeyDate.Kind> wanted = EnumSet.noneOf(KeyDate.Kind.class);
      kinds.forEach(k -> wanted.add(KeyDate.Kind.parse(k)));
      query = new DateQuery(day, within == null ? null : DateQuery.parseWindow(within, day), expired, autoRenews, wanted);
      if (!List.of("table", "csv", "ics", "json").contains(format)) {
        throw new IllegalArgumentException("--format must be table, csv, ics or json: " + format);
      }
    } catch (IllegalArgumentException | DateTimeParseException e) {
      System.err.println("pactum dates: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    try (Repository repository = Repository.open(data.folder())) {
      List<KeyDate> dates = repository.keyDates(query);
      switch (format) {
        case "csv" -> {
          System.out.print(KeyDateCsv.header());
          dates.forEach(d -> System.out.print(KeyDateCsv.row(d)));
        }
        case "ics" -> System.out.print(KeyDateCalendar.write(dates, null, Instant.now()));
        case "json" -> System.out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(dates));
        default -> print(dates);
      }
    }
    System.out.flush();
    return ExitCodes.OK;
  }

  private static void print(List<KeyDate> dates) {
    System.out.printf("%d key date(s)%n", dates.size());
    for (KeyDate d : dates) {
      System.out.printf("%n%s  %-16s %s%n  %s (p.%d)%n", d.date(), d.kind().label(), d.title(), d.derivation(), d.page());
    }
  }
}
