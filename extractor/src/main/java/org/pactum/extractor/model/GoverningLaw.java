package org.pactum.extractor.model;

/**
 * The law a contract is governed by, normalised.
 *
 * @param jurisdiction the jurisdiction's usual name, e.g. {@code New York}, {@code England and Wales}
 * @param code an ISO 3166 code for it, e.g. {@code US-NY}, {@code GB-ENG}, {@code DE}
 * @param source where the governing-law clause says so
 */
public record GoverningLaw(String jurisdiction, String code, Provenance source) {}
