package org.pactum.bench.recoll;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code pactum ingest} run as its own process, as a user runs it: a fresh JVM on the same classes
 * the launcher's jar holds, default memory settings, parse workers and all. The fair counterpart of
 * a recollindex run, which also starts cold.
 */
final class PactumIngestCommand {

  private PactumIngestCommand() {}

  /** Runs the command; its output goes to {@code log}. Returns the exit code. */
  static int run(Path data, Path corpus, int threads, Path log) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        ProcessHandle.current().info().command().orElse("java"),
        "-cp", System.getProperty("java.class.path"),
        "org.pactum.server.cli.Main", "ingest",
        "--data", data.toString(), "--threads", Integer.toString(threads), "--no-ocr", "--progress", "never",
        corpus.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    return process.waitFor();
  }

  /** The command's closing summary: the lines from "N files in ..." on. */
  static String summary(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log);
    StringBuilder out = new StringBuilder();
    boolean started = false;
    for (String line : lines) {
      started |= line.matches("\\d+ files? in .*");
      if (started) {
        out.append("  ").append(line).append('\n');
      }
    }
    return out.toString();
  }
}
