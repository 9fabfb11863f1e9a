package org.pactum.extractor.model;

/**
 * A term the contract defines: {@code "Confidential Information" means ...} or {@code (the "Effective Date")}.
 *
 * @param term the term as written, without quotes
 * @param source the sentence that defines it
 */
public record DefinedTerm(String term, Provenance source) {}
