package org.pactum.extractor.model;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * When an obligation falls due, as the contract states it.
 *
 * @param text the words that state it: {@code within ten (10) business days after receipt of notice},
 *     {@code on or before March 31, 2021}, {@code promptly}
 * @param period the time allowed as an ISO-8601 period ({@code P10D}), when stated as a length of time
 * @param businessDays true when the period counts business (or working) days
 * @param date the calendar date it falls due, when stated as one
 */
public record Deadline(String text, @Nullable String period, boolean businessDays, @Nullable LocalDate date) {}
