package org.pactum.indexer.review;

import java.time.Instant;

/**
 * A person's word that an extracted value is right. It holds the value they saw: when extraction is
 * run again and finds something else, the verification no longer applies.
 */
public record Verification(String field, String value, String user, Instant at) {}
