package org.pactum.extractor.model;

import java.time.Period;

/**
 * A length of time a contract states (a renewal term, a notice period), with its source.
 *
 * @param period the length, e.g. one year or ninety days
 * @param iso the length as an ISO-8601 period as written: {@code P1Y}, {@code P90D}, {@code P6M}
 */
public record ExtractedPeriod(Period period, String iso, Provenance source) {}
