package org.pactum.indexer.corrections;

import java.time.Instant;

/**
 * A person's fix of one extracted value.
 *
 * @param field the value fixed: one of {@link CorrectableField}'s names, such as {@code governingLaw}
 * @param value the value as the person gave it, checked and normalised ({@code 2024-03-31}, {@code P1Y})
 * @param user who fixed it
 * @param at when
 */
public record Correction(String field, String value, String user, Instant at) {}
