package org.pactum.server.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.pactum.extractor.model.Json;
import org.pactum.indexer.Repository;
import org.pactum.indexer.compare.Deviation;
import org.pactum.indexer.library.ClauseLibrary;
import org.pactum.indexer.library.StandardClause;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "library",
    description = "The clause library: the team's approved standard clauses, and how far each contract's clauses stray from them.",
    mixinStandardHelpOptions = true,
    subcommands = {
      LibraryCommand.Add.class,
      LibraryCommand.ListStandards.class,
      LibraryCommand.Remove.class,
      LibraryCommand.Deviations.class
    })
final class LibraryCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "add", description = "Add a standard clause for a category; prints its id.", mixinStandardHelpOptions = true)
  static final class Add implements Callable<Integer> {

    @Mixin DataOption data;

    @Option(names = "--category", required = true, paramLabel = "C", description = "The category, e.g. \"Cap on Liability\".")
    String category;

    @Option(names = "--name", paramLabel = "NAME", description = "What the team calls this wording.")
    String name;

    @ArgGroup(multiplicity = "1")
    Source source;

    static final class Source {
      @Option(names = "--file", paramLabel = "FILE", description = "Read the wording from a UTF-8 text file.")
      Path file;

      @Parameters(paramLabel = "TEXT", description = "The wording itself.")
      String text;
    }

    @Override
    public Integer call() throws Exception {
      String text = source.file != null ? Files.readString(source.file, StandardCharsets.UTF_8) : source.text;
      try (Repository repository = Repository.open(data.folder())) {
        StandardClause added = repository.library().add(category, name, text);
        System.out.println(added.id());
        return ExitCodes.OK;
      } catch (IllegalArgumentException e) {
        System.err.println("pactum library add: " + e.getMessage());
        return ExitCodes.USAGE;
      }
    }
  }

  @Command(name = "list", description = "List the standard clauses.", mixinStandardHelpOptions = true)
  static final class ListStandards implements Callable<Integer> {

    @Mixin DataOption data;

    @Option(names = "--json", description = "Print them as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      try (Repository repository = Repository.open(data.folder())) {
        List<StandardClause> all = repository.library().list();
        if (json) {
          System.out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(all));
          return ExitCodes.OK;
        }
        System.out.printf("%d standard clause(s)%n", all.size());
        for (StandardClause c : all) {
          System.out.printf("%n%s  %s: %s%n  %s%n", c.id(), c.category(), c.name(), Texts.oneLine(c.text(), 240));
        }
        return ExitCodes.OK;
      }
    }
  }

  @Command(name = "remove", description = "Remove a standard clause.", mixinStandardHelpOptions = true)
  static final class Remove implements Callable<Integer> {

    @Mixin DataOption data;

    @Parameters(paramLabel = "ID", description = "The standard clause's id (std-...).")
    String id;

    @Override
    public Integer call() throws Exception {
      try (Repository repository = Repository.open(data.folder())) {
        if (!repository.library().remove(id)) {
          System.err.println("pactum library remove: no standard clause with id " + id);
          return ExitCodes.USAGE;
        }
        return ExitCodes.OK;
      }
    }
  }

  @Command(
      name = "deviations",
      description = "Every clause of a category measured against the closest standard clause, most deviant first.",
      mixinStandardHelpOptions = true)
  static final class Deviations implements Callable<Integer> {

    @Mixin DataOption data;

    @Parameters(paramLabel = "CATEGORY", description = "The category, e.g. \"Cap on Liability\".")
    String category;

    @Option(names = "--limit", paramLabel = "N", description = "Clauses to show (default: ${DEFAULT-VALUE}).")
    int limit = 20;

    @Option(names = "--json", description = "Print the deviations with their diffs as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      try (Repository repository = Repository.open(data.folder())) {
        String canonical = ClauseLibrary.canonicalCategory(category);
        List<Deviation> ranked = repository.deviations(canonical);
        if (ranked.isEmpty()) {
          System.err.println("pactum library deviations: no standard clause for " + canonical + " and too few of its clauses"
              + " to learn one from; add one with `pactum library add --category \"" + canonical + "\" TEXT`");
          return ExitCodes.USAGE;
        }
        List<Deviation> shown = ranked.subList(0, Math.min(limit, ranked.size()));
        if (json) {
          System.out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(shown));
          return ExitCodes.OK;
        }
        System.out.printf("%d %s clause(s), most deviant first%n", ranked.size(), canonical);
        for (Deviation d : shown) {
          System.out.printf("%n%.2f  %s  (%s, page %d)  against %s%n  clause %s%n  %s%n", d.deviation(),
              d.clause().contractTitle(), d.clause().fileName(), d.clause().page(), d.standardName(),
              d.clause().clauseId(), Texts.wordDiff(d.difference()));
        }
        return ExitCodes.OK;
      } catch (IllegalArgumentException e) {
        System.err.println("pactum library deviations: " + e.getMessage());
        return ExitCodes.USAGE;
      }
    }
  }
}
