package org.pactum.indexer.compare;

import org.pactum.indexer.search.ClauseView;

/**
 * How far a contract's clause strays from the closest standard clause of its category.
 *
 * @param deviation one minus the word similarity, from 0 (the standard wording) to 1 (nothing in common)
 * @param difference the clause diffed against the standard: removed runs are the standard's, added runs the clause's
 */
public record Deviation(ClauseView clause, String standardId, String standardName, double deviation, Difference difference) {}
