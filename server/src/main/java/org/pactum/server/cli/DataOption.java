package org.pactum.server.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option shared by every command that works on a repository. */
final class DataOption {

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "The repository folder (default: data/ in the Pactum folder, ${DEFAULT-VALUE}).",
      defaultValue = "${env:PACTUM_DATA:-${env:PACTUM_HOME:-.}/data}")
  Path data;

  Path folder() {
    return data.toAbsolutePath().normalize();
  }
}
