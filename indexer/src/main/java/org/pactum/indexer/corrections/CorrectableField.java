package org.pactum.indexer.corrections;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.pactum.extractor.analysis.Jurisdictions;

/** The extracted values a person can fix, and how a fix is checked and normalised. */
public enum CorrectableField {
  TITLE("title"),
  PARTIES("parties"),
  AGREEMENT_DATE("agreementDate"),
  EFFECTIVE_DATE("effectiveDate"),
  EXPIRATION_DATE("expirationDate"),
  RENEWAL_TERM("renewalTerm"),
  AUTO_RENEWAL("autoRenewal"),
  NOTICE_PERIOD("noticePeriod"),
  GOVERNING_LAW("governingLaw"),
  PAYMENT_TERMS("paymentTerms");

  private final String key;

  CorrectableField(String key) {
    this.key = key;
  }

  /** The name in the API and the export schema. */
  public String key() {
    return key;
  }

  public static CorrectableField of(String key) {
    for (CorrectableField f : values()) {
      if (f.key.equals(key)) {
        return f;
      }
    }
    throw new IllegalArgumentException("not a value that can be corrected: " + key + "; these can: title, parties, agreementDate,"
        + " effectiveDate, expirationDate, renewalTerm, autoRenewal, noticePeriod, governingLaw, paymentTerms");
  }

  /**
   * The value checked and written the one way: dates as {@code YYYY-MM-DD}, periods as ISO-8601
   * ({@code P1Y}, {@code P90D}), yes/no as {@code true}/{@code false}, a governing law by its usual name,
   * parties as {@code Name (Alias); Other Name}.
   *
   * @throws IllegalArgumentException with what was expected
   */
  public String normalise(String value) {
    String v = value == null ? "" : value.strip();
    if (v.isEmpty() || v.length() > 500) {
      throw new IllegalArgumentException(key + ": give a value of 1 to 500 characters");
    }
    switch (this) {
      case AGREEMENT_DATE, EFFECTIVE_DATE, EXPIRATION_DATE -> {
        try {
          return LocalDate.parse(v).toString();
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException(key + " must be a date written YYYY-MM-DD: " + v);
        }
      }
      case RENEWAL_TERM, NOTICE_PERIOD -> {
        try {
          Period period = Period.parse(v.toUpperCase(Locale.ROOT));
          if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException(key + " must be a length of time greater than zero: " + v);
          }
          return v.toUpperCase(Locale.ROOT);
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException(key + " must be an ISO-8601 period such as P1Y, P6M or P90D: " + v);
        }
      }
      case AUTO_RENEWAL -> {
        return switch (v.toLowerCase(Locale.ROOT)) {
          case "true", "yes" -> "true";
          case "false", "no" -> "false";
          default -> throw new IllegalArgumentException(key + " must be true or false: " + v);
        };
      }
      case PARTIES -> {
        return PartyList.format(PartyList.parse(v));
      }
      case GOVERNING_LAW -> {
        return Jurisdictions.at(v).map(Jurisdictions.Jurisdiction::name).orElse(v);
      }
      default -> {
        return v;
      }
    }
  }
}
