package org.pactum.indexer.dates;

import org.pactum.extractor.model.Provenance;

/**
 * One value a key date was worked out from, with the words it was read from, so a person can check
 * each input in one click rather than trust the result.
 *
 * @param name what the value is: {@code effective date}, {@code initial term}, {@code renewal term},
 *     {@code notice period}, {@code expiration date}, {@code deadline}
 * @param value as used in the arithmetic: a date {@code 2021-04-01}, a period {@code P3Y}, or the words
 * @param extractor who gave the value: an extractor, or {@code correction by <user>}
 * @param contractId the document the value was read from: the date's own contract, or the amendment
 *     that set the term in force
 */
public record DateInput(String name, String value, String extractor, String contractId, int page, int start, int end) {

  static final String EFFECTIVE_DATE = "effective date";
  static final String AGREEMENT_DATE = "agreement date";
  static final String EXPIRATION_DATE = "expiration date";
  static final String INITIAL_TERM = "initial term";
  static final String RENEWAL_TERM = "renewal term";
  static final String OPTION_TO_EXTEND = "option to extend";
  static final String NOTICE_PERIOD = "notice period";
  static final String DEADLINE = "deadline";

  static DateInput of(String name, String value, Provenance source) {
    return new DateInput(name, value, source.extractor(), "", source.page(), source.start(), source.end());
  }

  /** The same input, read from the given document. */
  DateInput in(String contract) {
    return new DateInput(name, value, extractor, contract, page, start, end);
  }

  /** One line: {@code effective date 2021-04-01 (page 1)}. */
  public String describe() {
    return name + " " + value + " (page " + page + ")";
  }
}
