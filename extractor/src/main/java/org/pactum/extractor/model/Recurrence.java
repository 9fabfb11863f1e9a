package org.pactum.extractor.model;

/**
 * How often an obligation repeats.
 *
 * @param text the words that state it: {@code quarterly}, {@code within 30 days after the end of each calendar month}
 * @param period the interval as an ISO-8601 period: {@code P3M} for quarterly
 */
public record Recurrence(String text, String period) {}
