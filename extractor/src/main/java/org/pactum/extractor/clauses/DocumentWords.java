package org.pactum.extractor.clauses;

import java.util.TreeSet;

/**
 * What the document-level categorisers see of a whole contract: each distinct word once, in the
 * form {@link ClauseFeatures#words} gives. Whether a contract speaks of "royalties", "exclusive"
 * or "solicit" anywhere tells something of its clauses that no single sentence does.
 */
final class DocumentWords {

  private DocumentWords() {}

  static String[] of(String text) {
    return new TreeSet<>(ClauseFeatures.words(text, 0, text.length(), Integer.MAX_VALUE)).toArray(String[]::new);
  }
}
