package org.pactum.bench;

import java.nio.file.Path;

/** A benchmark's command-line arguments: a folder first, then optional numbers with defaults. */
public final class BenchArgs {

  private final String[] values;

  private BenchArgs(String[] values) {
    this.values = values;
  }

  /** The arguments, or the usage line and exit code 2 when the first (a folder) is missing. */
  public static BenchArgs of(String[] args, String usage) {
    if (args.length < 1) {
      System.err.println("usage: " + usage);
      System.exit(2);
    }
    return new BenchArgs(args);
  }

  public Path path(int index) {
    return Path.of(values[index]);
  }

  public int integer(int index, int otherwise) {
    return values.length > index ? Integer.parseInt(values[index]) : otherwise;
  }

  public String text(int index, String otherwise) {
    return values.length > index ? values[index] : otherwise;
  }
}
