package org.pactum.extractor.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.pactum.extractor.model.Json;

/**
 * The project's test files: the sample contracts with their expected values, and the hostile
 * fixtures. Found by walking up from the working directory to the project root.
 */
public final class Fixtures {

  private static final String EXPECTED_SUFFIX = ".expected.json";

  private Fixtures() {}

  public static Path projectRoot() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("sample-contracts")) && Files.isRegularFile(p.resolve("pom.xml"))) {
        return p;
      }
    }
    throw new IllegalStateException("no project root (with sample-contracts/) above " + dir);
  }

  public static Path sampleContracts() {
    return projectRoot().resolve("sample-contracts");
  }

  public static Path hostile(String name) {
    return projectRoot().resolve("test-fixtures/hostile").resolve(name);
  }

  public static Path hostileFolder() {
    return projectRoot().resolve("test-fixtures/hostile");
  }

  /** Every sample contract (not its expected values), sorted by name. */
  public static List<Path> samples() {
    try (Stream<Path> files = Files.list(sampleContracts())) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().endsWith(EXPECTED_SUFFIX))
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The sample whose name starts with {@code prefix}, e.g. {@code "01-"}. */
  public static Path sample(String prefix) {
    return samples().stream()
        .filter(p -> p.getFileName().toString().startsWith(prefix))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no sample contract starting with " + prefix));
  }

  /** The expected values beside a sample contract. */
  public static JsonNode expected(Path sample) {
    String name = sample.getFileName().toString();
    Path file = sample.resolveSibling(name.substring(0, name.lastIndexOf('.')) + EXPECTED_SUFFIX);
    try {
      return Json.mapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether a sample is a scan without a text layer (its expected values say {@code "scanned": true}). */
  public static boolean isScanned(Path sample) {
    return expected(sample).path("scanned").asBoolean(false);
  }

  /** The CUAD development set beside the project, when it is there. */
  public static Optional<Path> cuad() {
    Path cuad = projectRoot().resolveSibling("shared").resolve("cuad");
    return Files.isRegularFile(cuad.resolve("dev/labels.jsonl")) ? Optional.of(cuad) : Optional.empty();
  }
}
