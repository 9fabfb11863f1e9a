package org.pactum.server.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts the real {@code pactum} command line in its own JVM, as the launcher script does. */
public final class PactumProcess {

  private PactumProcess() {}

  /** The command line {@code pactum ARGS}; pass {@code --data} among them where the command takes it. */
  public static ProcessBuilder builder(String... args) {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("CI", "true");
    return builder;
  }

  /** Starts {@code pactum ARGS --data DATA}, its standard error discarded. */
  public static Process start(Path data, String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--data");
    all.add(data.toString());
    return builder(all.toArray(String[]::new)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
  }
}
