package org.pactum.extractor.model;

import java.time.LocalDate;

/** A date extracted for a purpose (agreement date, effective date), with its source. */
public record ExtractedDate(LocalDate date, Provenance source) {}
