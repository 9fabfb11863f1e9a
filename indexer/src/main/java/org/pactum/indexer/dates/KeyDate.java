package org.pactum.indexer.dates;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A date a contract commits someone to: its end, its next renewal, the last day to give notice
 * against that renewal, or an obligation falling due.
 *
 * @param uid stable across runs and re-extraction while the contract keeps its id: a calendar that
 *     imports the export twice updates the event rather than adding a second
 * @param summary one line for a calendar: what happens and to which contract
 * @param derivation how the date was worked out, from which inputs, in words
 * @param inputs the values it was worked out from, each with the page and words it was read from
 * @param autoRenews whether the contract renews itself unless notice is given
 * @param sourceContractId the document whose words the date comes from: the contract itself, or the
 *     amendment that set the term in force
 * @param page the page of the clause the date comes from
 * @param start offset of that clause's words in the contract's text
 * @param end offset after them
 */
public record KeyDate(
    String uid,
    String contractId,
    String title,
    String fileName,
    Kind kind,
    LocalDate date,
    String summary,
    String derivation,
    List<DateInput> inputs,
    boolean autoRenews,
    String sourceContractId,
    int page,
    int start,
    int end) {

  public enum Kind {
    EXPIRATION("Expires"),
    RENEWAL("Renews"),
    NOTICE_DEADLINE("Notice deadline"),
    OBLIGATION_DUE("Obligation due");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    /** A kind named as in the exports ({@code notice_deadline}) or with a dash ({@code notice-deadline}). */
    public static Kind parse(String name) {
      try {
        return valueOf(name.strip().replace('-', '_').toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("kind must be expiration, renewal, notice-deadline or obligation-due: " + name);
      }
    }
  }

  public KeyDate {
    inputs = List.copyOf(inputs);
  }

  /** Whether the date is before the given day. */
  public boolean isPast(LocalDate today) {
    return date.isBefore(today);
  }
}
