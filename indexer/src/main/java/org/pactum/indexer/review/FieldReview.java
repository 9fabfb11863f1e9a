package org.pactum.indexer.review;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One reviewable value of a contract and how far it was checked.
 *
 * @param field the value's name in the export schema ({@code expirationDate}, {@code parties}...)
 * @param value the value now in use (corrected where corrected), written as a correction would be;
 *     null when none was found
 * @param user who verified or corrected it; null while extracted
 * @param at when; null while extracted
 */
public record FieldReview(String field, @Nullable String value, ReviewState state, @Nullable String user, @Nullable Instant at) {

  /** How the index files it: {@code expirationDate:verified}. */
  public String label() {
    return field + ":" + state.label();
  }
}
