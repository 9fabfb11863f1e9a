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
 * @param source the sentence that states the term
 */
public record Expiration(LocalDate date, boolean computed, @Nullable String basis, Provenance source) {}
