package org.pactum.extractor.model;

import org.jspecify.annotations.Nullable;

/**
 * A passage of a contract classified into one category of the clause taxonomy.
 *
 * @param category the category's name, e.g. {@code Anti-Assignment} or {@code Confidentiality}
 * @param section the number of the section holding it ({@code 12.1}, {@code (a)}), when numbered
 * @param heading the heading above it, when there is one
 * @param source the passage's span, page, the classifier that found it and its confidence
 */
public record Clause(String category, @Nullable String section, @Nullable String heading, Provenance source) {}
