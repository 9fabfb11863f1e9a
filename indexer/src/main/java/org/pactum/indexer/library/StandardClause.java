package org.pactum.indexer.library;

import java.time.Instant;

/**
 * A clause the team has approved as its standard wording for a category.
 *
 * @param id {@code std-} and a short random part
 * @param category a category of the clause taxonomy, by its exact name
 * @param name what the team calls it: "Mutual cap, 12 months' fees"
 */
public record StandardClause(String id, String category, String name, String text, Instant addedAt) {}
