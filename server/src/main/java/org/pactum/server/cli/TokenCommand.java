package org.pactum.server.cli;

import java.util.concurrent.Callable;
import java.util.Locale;
import org.pactum.server.auth.ApiToken;
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
    subcommands = {TokenCommand.Create.class, TokenCommand.ListTokens.class, TokenCommand.Revoke.class})
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
          "role " + parsed.name().toLowerCase(Locale.ROOT) + (note.isBlank() ? "" : ", " + note));
      System.out.println(token);
      return ExitCodes.OK;
    }
  }

  @Command(name = "list", description = "The tokens: id, role, when made and what for (never the tokens themselves).",
      mixinStandardHelpOptions = true)
  static final class ListTokens implements Callable<Integer> {

    @Mixin DataOption data;

    @Override
    public Integer call() throws Exception {
      for (ApiToken t : new ApiTokens(data.folder()).list()) {
        System.out.printf("%s  %-6s  %s  %s%n", t.id(), t.role().name().toLowerCase(Locale.ROOT),
            t.createdAt().toString().substring(0, 10), t.note());
      }
      return ExitCodes.OK;
    }
  }

  @Command(name = "revoke", description = "Withdraw a token by its id (from `token list`); a running server refuses it at once.",
      mixinStandardHelpOptions = true, exitCodeListHeading = "Exit codes:%n",
      exitCodeList = {"0:revoked", "1:no token with that id"})
  static final class Revoke implements Callable<Integer> {

    @Mixin DataOption data;

    @Parameters(paramLabel = "ID", description = "The token's id: the eight characters after 'pt_'.")
    String id;

    @Override
    public Integer call() throws Exception {
      if (!new ApiTokens(data.folder()).revoke(id)) {
        System.err.println("pactum token revoke: no token with id " + id);
        return ExitCodes.SOME_FAILED;
      }
      new AuditLog(data.folder()).record("pactum token revoke", "token-revoke", id, "");
      System.out.println("revoked " + id);
      return ExitCodes.OK;
    }
  }
}
