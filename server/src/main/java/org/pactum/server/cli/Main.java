package org.pactum.server.cli;

import picocli.CommandLine;

/** The {@code pactum} command. */
public final class Main {

  /** Held so the logging configuration below is not collected. */
  private static final java.util.logging.Logger LUCENE = java.util.logging.Logger.getLogger("org.apache.lucene");

  private Main() {}

  public static void main(String[] args) {
    // Lucene advises on JVM flags through java.util.logging at start; that is not for users
    LUCENE.setLevel(java.util.logging.Level.SEVERE);
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code. */
  public static int run(String... args) {
    return new CommandLine(new PactumCommand())
        .setExecutionExceptionHandler(
            (e, cmd, parsed) -> {
              cmd.getErr().println(cmd.getColorScheme().errorText("pactum: " + describe(e)));
              return ExitCodes.ERROR;
            })
        .execute(args);
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
