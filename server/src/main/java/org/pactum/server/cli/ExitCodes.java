package org.pactum.server.cli;

/** The exit codes of every command, as documented in the README. */
public final class ExitCodes {

  /** Everything worked. */
  public static final int OK = 0;
  /** Some files did not make it (ingest), or the repository is inconsistent (verify). */
  public static final int SOME_FAILED = 1;
  /** Bad arguments: usage was printed. */
  public static final int USAGE = 2;
  /** The command could not run: repository in use, unreadable, disk full... */
  public static final int ERROR = 3;

  private ExitCodes() {}
}
