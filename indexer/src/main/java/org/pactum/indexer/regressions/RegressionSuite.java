package org.pactum.indexer.regressions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.pactum.extractor.analysis.ContractAnalyzer;
import org.pactum.extractor.model.Extraction;
import org.pactum.extractor.model.Json;
import org.pactum.indexer.corrections.CorrectableField;
import org.pactum.indexer.store.AtomicFiles;

/**
 * The team's regression cases, one JSON file each in {@code DATA/regressions/}: every fix people
 * turned into a case is checked against the extractor as it is now, so a change that undoes one is
 * seen before it reaches their contracts.
 */
public final class RegressionSuite {

  private final Path root;

  public RegressionSuite(Path root) throws IOException {
    this.root = Files.createDirectories(root);
  }

  /** Adds or replaces the case for its contract and field. */
  public RegressionCase add(RegressionCase c) throws IOException {
    AtomicFiles.write(root.resolve(c.id() + ".json"), Json.mapper().writeValueAsBytes(c));
    return c;
  }

  public List<RegressionCase> list() throws IOException {
    List<RegressionCase> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(root)) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
        out.add(Json.mapper().readValue(file.toFile(), RegressionCase.class));
      }
    }
    out.sort(Comparator.comparing(RegressionCase::id));
    return out;
  }

  public boolean remove(String id) throws IOException {
    return Files.deleteIfExists(root.resolve(id + ".json"));
  }

  /** Every case run through the extractor, in order. */
  public List<RegressionResult> check(ContractAnalyzer analyzer) throws IOException {
    List<RegressionResult> out = new ArrayList<>();
    for (RegressionCase c : list()) {
      Extraction now = analyzer.analyse(c.document(), c.fileName());
      out.add(new RegressionResult(c, CorrectableField.of(c.field()).valueIn(now)));
    }
    return out;
  }
}
