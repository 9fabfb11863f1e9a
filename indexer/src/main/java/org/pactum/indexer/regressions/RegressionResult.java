package org.pactum.indexer.regressions;

import org.jspecify.annotations.Nullable;

/** What the extractor finds now for a regression case; {@code actual} is null when it finds nothing. */
public record RegressionResult(RegressionCase regressionCase, @Nullable String actual) {

  public boolean passed() {
    return regressionCase.expected().equals(actual);
  }
}
