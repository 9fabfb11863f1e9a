package org.pactum.server.cli;

import picocli.CommandLine.Command;

@Command(
    name = "pactum",
    mixinStandardHelpOptions = true,
    version = "pactum 0.1.0",
    description = "A self-hosted contract repository: ingest, extract, search and export contracts.",
    subcommands = {
      ServeCommand.class,
      IngestCommand.class,
      ExtractCommand.class,
      ExportCommand.class,
      SearchCommand.class,
      SimilarCommand.class,
      CompareCommand.class,
      LibraryCommand.class,
      DatesCommand.class,
      TagCommand.class,
      ReviewCommand.class,
      RegressionCommand.class,
      TriageCommand.class,
      FamiliesCommand.class,
      TokenCommand.class,
      ReindexCommand.class,
      ReextractCommand.class,
      VerifyCommand.class,
      TrainClausesCommand.class,
      picocli.CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:some files did not make it (ingest), or the repository is inconsistent (verify)",
      "2:bad arguments",
      "3:the command could not run (repository in use, unreadable, ...)"
    })
final class PactumCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
