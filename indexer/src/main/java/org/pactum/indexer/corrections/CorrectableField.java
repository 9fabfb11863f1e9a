package org.pactum.indexer.corrections;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.pactum.extractor.analysis.Jurisdictions;
import org.pactum.extractor.model.Extraction;
import org.pactum.extractor.model.Provenance;

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
   * The field's value in an extraction, written as {@link #normalise} writes a correction, so the two
   * compare; null when extraction found none.
   */
  public @Nullable String valueIn(Extraction e) {
    return switch (this) {
      case TITLE -> e.title() == null ? null : e.title().value();
      case PARTIES -> e.parties().isEmpty() ? null
          : PartyList.format(e.parties().stream().map(p -> new PartyList.Entry(p.name(), p.alias())).toList());
      case AGREEMENT_DATE -> e.agreementDate() == null ? null : e.agreementDate().date().toString();
      case EFFECTIVE_DATE -> e.effectiveDate() == null ? null : e.effectiveDate().date().toString();
      case EXPIRATION_DATE -> e.expiration() == null ? null : e.expiration().date().toString();
      case RENEWAL_TERM -> e.renewalTerm() == null ? null : e.renewalTerm().iso();
      case AUTO_RENEWAL -> e.autoRenewal() == null || e.renewalTerm() == null ? null : e.autoRenewal().toString();
      case NOTICE_PERIOD -> e.noticePeriod() == null ? null : e.noticePeriod().iso();
      case GOVERNING_LAW -> e.governingLaw() == null ? null : e.governingLaw().jurisdiction();
      case PAYMENT_TERMS -> e.paymentTerms() == null ? null : e.paymentTerms().text();
    };
  }

  /**
   * Where the field's value was read, beside {@link #valueIn}; null when extraction found none, or
   * for a value that has no words of its own ({@code autoRenewal}).
   */
  public @Nullable Provenance sourceIn(Extraction e) {
    return switch (this) {
      case TITLE -> e.title() == null ? null : e.title().source();
      case PARTIES -> e.parties().isEmpty() ? null : e.parties().get(0).source();
      case AGREEMENT_DATE -> e.agreementDate() == null ? null : e.agreementDate().source();
      case EFFECTIVE_DATE -> e.effectiveDate() == null ? null : e.effectiveDate().source();
      case EXPIRATION_DATE -> e.expiration() == null ? null : e.expiration().source();
      case RENEWAL_TERM -> e.renewalTerm() == null ? null : e.renewalTerm().source();
      case AUTO_RENEWAL -> null;
      case NOTICE_PERIOD -> e.noticePeriod() == null ? null : e.noticePeriod().source();
      case GOVERNING_LAW -> e.governingLaw() == null ? null : e.governingLaw().source();
      case PAYMENT_TERMS -> e.paymentTerms() == null ? null : e.paymentTerms().source();
    };
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
