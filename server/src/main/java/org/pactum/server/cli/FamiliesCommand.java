package org.pactum.server.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.pactum.extractor.model.Json;
import org.pactum.indexer.Repository;
import org.pactum.indexer.families.Family;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "families",
    description = {
      "Agreements with the amendments, statements of work, addenda, renewals and restatements that modify them,",
      "in order, and the terms in force after them (an amendment that extends the term moves the expiration)."
    },
    mixinStandardHelpOptions = true,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "2:the contract given belongs to no family", "3:the repository could not be opened"})
final class FamiliesCommand implements Callable<Integer> {

  @Mixin DataOption data;

  @Parameters(paramLabel = "ID", arity = "0..1", description = "Only the family of this contract.")
  String id;

  @Option(names = "--json", description = "Print the families as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    try (Repository repository = Repository.open(data.folder())) {
      List<Family> families = id == null ? repository.families() : repository.familyOf(id).stream().toList();
      if (id != null && families.isEmpty()) {
        System.err.println("pactum families: " + id + " belongs to no family (or there is no such contract)");
        return ExitCodes.USAGE;
      }
      if (json) {
        System.out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(families));
        return ExitCodes.OK;
      }
      for (Family f : families) {
        System.out.printf("%s%s%s%n", f.baseName(), f.baseDate() == null ? "" : " dated " + f.baseDate(),
            f.base() == null ? "  (not in the repository)" : "");
        for (Family.Member m : f.members()) {
          System.out.printf("  %-18s %s  %s  (%s)%n", m.kind() + (m.number() == null ? "" : " " + m.number()),
              m.date() == null ? "          " : m.date(), m.title(), m.contractId());
        }
        for (Family.EffectiveTerm t : f.effectiveTerms()) {
          System.out.printf("  in force: %-15s %s  from %s, page %d%s%n", t.field(), t.value(), t.title(), t.page(),
              t.replaced() == null ? "" : ", replacing " + t.replaced());
        }
        System.out.println();
      }
      return ExitCodes.OK;
    }
  }
}
