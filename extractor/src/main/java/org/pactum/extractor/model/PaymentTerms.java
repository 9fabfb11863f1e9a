package org.pactum.extractor.model;

import org.jspecify.annotations.Nullable;

/**
 * When invoices must be paid.
 *
 * @param text the terms as the contract writes them, e.g. {@code within thirty (30) days of receipt of invoice}
 * @param days the days allowed, when stated as a number of days ({@code Net 30} gives 30)
 * @param source where the contract states them
 */
public record PaymentTerms(String text, @Nullable Integer days, Provenance source) {}
