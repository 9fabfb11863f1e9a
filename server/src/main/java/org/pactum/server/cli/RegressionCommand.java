package org.pactum.server.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.pactum.extractor.analysis.DefaultAnalyzer;
import org.pactum.indexer.Repository;
import org.pactum.indexer.regressions.RegressionCase;
import org.pactum.indexer.regressions.RegressionResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
    name = "regression",
    description = {
      "Regression cases for the extractor: a value people corrected or verified, kept with the contract's",
      "text, that the extractor must go on finding. `check` runs them all, e.g. after an upgrade."
    },
    mixinStandardHelpOptions = true,
    subcommands = {RegressionCommand.Add.class, RegressionCommand.Check.class})
final class RegressionCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "add", description = "Turn a corrected or verified value into a case.", mixinStandardHelpOptions = true,
      exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:added", "2:no such contract, or the value was not checked"})
  static final class Add implements Callable<Integer> {

    @Mixin DataOption data;

    @Parameters(index = "0", paramLabel = "ID", description = "The contract's id.")
    String id;

    @Parameters(index = "1", paramLabel = "FIELD", description = "The value's name, e.g. expirationDate.")
    String field;

    @Override
    public Integer call() throws Exception {
      try (Repository repository = Repository.open(data.folder())) {
        var added = repository.keepAsRegression(id, field);
        if (added.isEmpty()) {
          System.err.println("pactum regression add: no document with id " + id);
          return ExitCodes.USAGE;
        }
        RegressionCase c = added.get();
        System.out.printf("case %s: %s must be %s (%s)%n", c.id(), c.field(), c.expected(), c.by());
        return ExitCodes.OK;
      } catch (IllegalArgumentException e) {
        System.err.println("pactum regression add: " + e.getMessage());
        return ExitCodes.USAGE;
      }
    }
  }

  @Command(name = "check", description = "Run every case through the extractor as it is now.", mixinStandardHelpOptions = true,
      exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:every case passes", "1:some case fails"})
  static final class Check implements Callable<Integer> {

    @Mixin DataOption data;

    @Override
    public Integer call() throws Exception {
      try (Repository repository = Repository.open(data.folder())) {
        List<RegressionResult> results = repository.regressions().check(new DefaultAnalyzer());
        long failed = results.stream().filter(r -> !r.passed()).count();
        for (RegressionResult r : results) {
          RegressionCase c = r.regressionCase();
          System.out.printf("%s %s %s: expected %s%s%n", r.passed() ? "pass" : "FAIL", c.fileName(), c.field(), c.expected(),
              r.passed() ? "" : ", extractor finds " + (r.actual() == null ? "nothing" : r.actual()));
        }
        System.out.printf("%d case(s), %d failing%n", results.size(), failed);
        return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
      }
    }
  }
}
