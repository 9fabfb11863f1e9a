package org.pactum.extractor.model;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * When a contract's initial term ends.
 *
 * @param date the last day of the term, as the contract gives it or as computed from it
 * @param computed whether it was computed from a stated length ("three (3) years from the Effective
 *     Date") rather than written as a date
 * @param basis for a computed date, the working: e.g. {@code 2021-04-01 + P3Y}
 * @param undatedStart the event the term is counted from when the contract gives it no date ("the
 *     Launch Date"), else null. The term is then counted from the effective date, which that event
 *     cannot precede, so {@code date} is the earliest the term can end.
 * @param source the sentence that states the term
 */
public record Expiration(
    LocalDate date, boolean computed, @Nullable String basis, @Nullable String undatedStart, Provenance source) {

  /** A date the contract writes out, or one counted from a dated start. */
  public Expiration(LocalDate date, boolean computed, @Nullable String basis, Provenance source) {
    this(date, computed, basis, null, source);
  }

  /** Whether {@code date} is only the earliest end, the term running from an event the contract does not date. */
  public boolean earliest() {
    return undatedStart != null;
  }

  /** For a computed date, the length of the term its working counts ({@code P3Y} of {@code 2021-04-01 + P3Y}), else null. */
  public @Nullable String term() {
    int plus = !computed || basis == null ? -1 : basis.indexOf(" + ");
    return plus < 0 ? null : basis.substring(plus + 3).strip();
  }
}
