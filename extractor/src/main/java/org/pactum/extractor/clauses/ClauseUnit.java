package org.pactum.extractor.clauses;

/**
 * A sentence-sized piece of a contract that is classified on its own.
 *
 * @param start offset of its first character
 * @param end offset after its last character
 * @param section index of the innermost section holding it, or -1 before the first section
 */
public record ClauseUnit(int start, int end, int section) {}
