package org.pactum.server.cli;

import java.io.Console;

/** Whether standard output is a terminal a person is watching. */
final class Terminal {

  private Terminal() {}

  static boolean wantsProgressBar(String mode) {
    return switch (mode) {
      case "always" -> true;
      case "never" -> false;
      case "auto" -> isTerminal();
      default -> throw new IllegalArgumentException("--progress must be auto, always or never: " + mode);
    };
  }

  static boolean isTerminal() {
    Console console = System.console();
    if (console == null || System.getenv("CI") != null) {
      return false;
    }
    try {
      // Java 22 and later return a console even when redirected; ask it
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}
