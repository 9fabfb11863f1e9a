package org.pactum.extractor.model;

import org.jspecify.annotations.Nullable;

/**
 * A party to a contract.
 *
 * @param name its legal name as written, e.g. {@code Northwind Analytics, Inc.}
 * @param alias the short name the contract uses for it, e.g. {@code Provider}
 * @param source where the contract names it
 */
public record Party(String name, @Nullable String alias, Provenance source) {}
