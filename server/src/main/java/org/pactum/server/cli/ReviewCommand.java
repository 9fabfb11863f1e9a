package org.pactum.server.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.pactum.indexer.Repository;
import org.pactum.indexer.review.FieldReview;
import org.pactum.server.auth.AuditLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "review",
    description = {
      "Show how far each of a contract's values was checked (extracted, verified or corrected, with who",
      "and when), and verify values as extracted. Search with `search --review expirationDate:extracted`."
    },
    mixinStandardHelpOptions = true,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "2:no such contract, or a value that cannot be verified", "3:the repository could not be opened"})
final class ReviewCommand implements Callable<Integer> {

  @Mixin DataOption data;

  @Parameters(paramLabel = "ID", description = "The contract's id.")
  String id;

  @Option(names = "--verify", paramLabel = "FIELD", description = "Confirm this value as extracted (e.g. expirationDate); repeat for more.")
  List<String> verify = List.of();

  @Option(names = "--as", paramLabel = "NAME", description = "Who verifies, for the record and the audit trail (default: ${DEFAULT-VALUE}).",
      defaultValue = "pactum review")
  String user;

  @Override
  public Integer call() throws Exception {
    try (Repository repository = Repository.open(data.folder())) {
      if (repository.get(id).isEmpty()) {
        System.err.println("pactum review: no document with id " + id);
        return ExitCodes.USAGE;
      }
      AuditLog audit = new AuditLog(data.folder());
      for (String field : verify) {
        var v = repository.verify(id, field, user).orElseThrow();
        audit.record(user, "verify", id, v.field() + " = " + v.value());
      }
      for (FieldReview r : repository.reviews(id).orElseThrow()) {
        System.out.printf("%-15s %-9s %s%s%n", r.field(), r.state().label(), r.value() == null ? "-" : r.value(),
            r.user() == null ? "" : "  (" + r.user() + ", " + r.at() + ")");
      }
      return ExitCodes.OK;
    } catch (IllegalArgumentException e) {
      System.err.println("pactum review: " + e.getMessage());
      return ExitCodes.USAGE;
    }
  }
}
