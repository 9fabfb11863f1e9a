package org.pactum.extractor.model;

import java.math.BigDecimal;

/**
 * A sum of money a contract names.
 *
 * @param value the amount, e.g. {@code 120000.00}
 * @param currency the ISO 4217 code, e.g. {@code USD}
 * @param source where the contract names it
 */
public record Amount(BigDecimal value, String currency, Provenance source) {}
