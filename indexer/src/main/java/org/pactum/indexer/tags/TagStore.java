package org.pactum.indexer.tags;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.pactum.indexer.store.ContractFiles;

/**
 * The tags people put on contracts ("renewal review", "supplier: acme"), one JSON list per tagged
 * contract in {@code DATA/tags/}. Tags are the team's own data: kept apart from the records, which
 * extraction may rewrite, and indexed with the contract.
 */
public final class TagStore {

  public static final int MAX_TAGS = 50;
  public static final int MAX_LENGTH = 60;
  private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} _.:/&+\\-]*");
  private final ContractFiles files;

  public TagStore(Path root) throws IOException {
    this.files = new ContractFiles(root);
  }

  /** The contract's tags, in the order they were given; empty when it has none. */
  public List<String> get(String contractId) throws IOException {
    return List.copyOf(files.read(contractId, new TypeReference<List<String>>() {}).orElse(List.of()));
  }

  /**
   * Replaces the contract's tags. Spaces are collapsed; tags equal but for case are kept once.
   *
   * @return the tags as stored
   * @throws IllegalArgumentException for a tag that is empty, too long or holds other than letters,
   *     digits, spaces and {@code _ . : / & + -}, or for more than {@value #MAX_TAGS} tags
   */
  public List<String> put(String contractId, Collection<String> tags) throws IOException {
    List<String> clean = normalise(tags);
    if (clean.isEmpty()) {
      files.delete(contractId);
    } else {
      files.write(contractId, clean);
    }
    return clean;
  }

  public void delete(String contractId) throws IOException {
    files.delete(contractId);
  }

  public int removeLeftovers() throws IOException {
    return files.removeLeftovers();
  }

  static List<String> normalise(Collection<String> tags) {
    Map<String, String> byKey = new LinkedHashMap<>();
    for (String tag : tags) {
      String t = tag == null ? "" : tag.strip().replaceAll("\\s+", " ");
      if (t.isEmpty() || t.length() > MAX_LENGTH || !TAG.matcher(t).matches()) {
        throw new IllegalArgumentException("a tag is 1 to " + MAX_LENGTH
            + " letters, digits, spaces and _ . : / & + - starting with a letter or digit: '" + tag + "'");
      }
      byKey.putIfAbsent(t.toLowerCase(Locale.ROOT), t);
    }
    if (byKey.size() > MAX_TAGS) {
      throw new IllegalArgumentException("at most " + MAX_TAGS + " tags per contract, got " + byKey.size());
    }
    return new ArrayList<>(byKey.values());
  }
}
