package org.pactum.server.cli;

import java.util.concurrent.Callable;
import org.pactum.server.auth.ApiTokens;
import org.pactum.server.auth.AuditLog;
import org.pactum.server.auth.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "token",
    description = "API tokens for scripts, sent as 'Authorization: Bearer TOKEN'.",
    mixinStandardHelpOptions = true,
    subcommands = TokenCommand.Create.class)
final class TokenCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "create",
      description = {
        "Create a token and print it. It is shown only this once; Pactum keeps its SHA-256. It works at once,",
        "also on a server that is running on the same data folder."
      },
      mixinStandardHelpOptions = true)
  static final class Create implements Callable<Integer> {

    @Mixin DataOption data;

    @Option(names = "--role", required = true, paramLabel = "ROLE", description = "viewer, editor or admin.")
    String role;

    @Parameters(paramLabel = "NOTE", arity = "0..1", description = "What the token is for, kept beside it.")
    String note = "";

    @Override
    public Integer call() throws Exception {
      Role parsed;
      try {
        parsed = Role.parse(role);
      } catch (IllegalArgumentException e) {
        System.err.println("pactum token create: " + e.getMessage());
        return ExitCodes.USAGE;
      }
      // only the token file and the audit trail: no repository lock, so a running server is no obstacle
      String token = new ApiTokens(data.folder()).create(parsed, note);
      new AuditLog(data.folder()).record("pactum token create", "token-create", token.substring(3, 11),
          "role " + parsed.name().toLowerCase(java.util.Locale.ROOT) + (note.isBlank() ? "" : ", " + note));
      System.out.println(token);
      return ExitCodes.OK;
    }
  }
}
