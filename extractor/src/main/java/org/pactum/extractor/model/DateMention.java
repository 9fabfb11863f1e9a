package org.pactum.extractor.model;

import java.time.LocalDate;

/**
 * A calendar date written in a document.
 *
 * @param date the date
 * @param start offset of its first character in the text
 * @param end offset after its last character
 */
public record DateMention(LocalDate date, int start, int end) {}
