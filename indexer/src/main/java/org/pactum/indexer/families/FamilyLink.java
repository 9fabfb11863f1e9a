package org.pactum.indexer.families;

import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a contract says it modifies: "Amendment No. 2 to the Master Services Agreement dated March 15,
 * 2021" is an amendment, number 2, of a "Master Services Agreement" of that date.
 *
 * @param number its number in its series (amendment 2, statement of work 3), when written
 * @param parentName the name of the agreement it modifies, as written
 * @param parentDate the date that agreement is given, when written
 * @param start offset of the words that say so in the contract's text
 * @param end offset after them
 */
public record FamilyLink(Kind kind, @Nullable Integer number, String parentName, @Nullable LocalDate parentDate, int start, int end) {

  /** How a document relates to the agreement it modifies. */
  public enum Kind {
    AMENDMENT, STATEMENT_OF_WORK, ADDENDUM, RENEWAL, RESTATEMENT;

    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
  }

  /** The agreement's name reduced to its words, for matching titles: "the MASTER SERVICES Agreement" is "master services agreement". */
  public String parentKey() {
    return key(parentName);
  }

  static String key(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").replaceFirst("^(the|that certain) ", "").strip();
  }
}
