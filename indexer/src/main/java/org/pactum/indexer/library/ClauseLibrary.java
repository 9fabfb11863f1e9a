package org.pactum.indexer.library;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.security.SecureRandom;
import java.util.stream.Stream;
import org.pactum.extractor.clauses.ClauseTaxonomy;
import org.pactum.extractor.model.Json;
import org.pactum.indexer.store.AtomicFiles;

/**
 * The team's approved standard clauses, one JSON file each in {@code DATA/library/}. A category may
 * hold several (alternative approved wordings); a clause is measured against the closest.
 */
public final class ClauseLibrary {

  /** Longer than any clause worth standardising; keeps a pasted contract out. */
  public static final int MAX_TEXT = 20_000;
  private static final String PREFIX = "std-";
  private static final String SUFFIX = ".json";

  private final Path root;
  private final ObjectMapper json = Json.mapper();
  private final SecureRandom random = new SecureRandom();

  public ClauseLibrary(Path root) throws IOException {
    this.root = Files.createDirectories(root);
  }

  /** Whether an id has the form of a standard clause's id (and so is not a contract's clause). */
  public static boolean isStandardId(String id) {
    return id.matches(PREFIX + "[0-9a-f]{8}");
  }

  /**
   * Adds a standard clause.
   *
   * @throws IllegalArgumentException when the category is not in the taxonomy or the text is empty or too long
   */
  public StandardClause add(String category, String name, String text) throws IOException {
    String canonical = canonicalCategory(category);
    String body = text == null ? "" : text.strip();
    if (body.isEmpty()) {
      throw new IllegalArgumentException("the standard clause has no text");
    }
    if (body.length() > MAX_TEXT) {
      throw new IllegalArgumentException("the standard clause is " + body.length() + " characters; at most " + MAX_TEXT + " are kept");
    }
    String label = name == null || name.isBlank() ? canonical + " (standard)" : name.strip();
    byte[] id = new byte[4];
    random.nextBytes(id);
    StandardClause clause = new StandardClause(PREFIX + HexFormat.of().formatHex(id), canonical, label, body, Instant.now());
    AtomicFiles.write(pathOf(clause.id()), json.writeValueAsBytes(clause));
    return clause;
  }

  public Optional<StandardClause> get(String id) throws IOException {
    if (!isStandardId(id) || !Files.isRegularFile(pathOf(id))) {
      return Optional.empty();
    }
    return Optional.of(json.readValue(pathOf(id).toFile(), StandardClause.class));
  }

  public boolean remove(String id) throws IOException {
    return isStandardId(id) && Files.deleteIfExists(pathOf(id));
  }

  /** Every standard clause, by category then by when it was added. */
  public List<StandardClause> list() throws IOException {
    List<StandardClause> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(root)) {
      for (Path file : files.filter(f -> {
        String n = f.getFileName().toString();
        return n.startsWith(PREFIX) && n.endsWith(SUFFIX);
      }).toList()) {
        all.add(json.readValue(file.toFile(), StandardClause.class));
      }
    }
    all.sort(Comparator.comparing(StandardClause::category).thenComparing(StandardClause::addedAt));
    return all;
  }

  /** The standard clauses of a category, matched without regard to case. */
  public List<StandardClause> of(String category) throws IOException {
    String canonical = canonicalCategory(category);
    return list().stream().filter(c -> c.category().equals(canonical)).toList();
  }

  public int removeLeftovers() throws IOException {
    return AtomicFiles.removeLeftovers(root);
  }

  /** The taxonomy's spelling of a category named in any case. */
  public static String canonicalCategory(String category) {
    String wanted = category == null ? "" : category.strip().toLowerCase(Locale.ROOT);
    return ClauseTaxonomy.all().stream()
        .filter(c -> c.toLowerCase(Locale.ROOT).equals(wanted))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(
            "not a clause category: '" + category + "'; categories are named as in the search facets, e.g. 'Cap on Liability'"));
  }

  private Path pathOf(String id) {
    return root.resolve(id + SUFFIX);
  }
}
