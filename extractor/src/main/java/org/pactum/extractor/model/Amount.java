package org.pactum.extractor.model;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A sum of money a contract names.
 *
 * @param value the amount, e.g. {@code 120000.00}
 * @param currency the ISO 4217 code, e.g. {@code USD}
 * @param source where the contract names it
 * @param purpose what the sum is, read from its sentence: {@value #FEE}, {@value #CONTRACT_VALUE}, {@value
 *     #LIABILITY_CAP} or {@value #INSURANCE}; null when the sentence does not say, or for records written before this
 *     was read
 */
public record Amount(BigDecimal value, String currency, Provenance source, @Nullable String purpose) {

  /** A fee, price, royalty or other payment for what the contract provides. */
  public static final String FEE = "fee";
  /** What the whole contract is worth: "the total contract value", "the aggregate purchase price". */
  public static final String CONTRACT_VALUE = "contract value";
  /** The most a party can be liable for: "in no event shall liability exceed $1,000,000". */
  public static final String LIABILITY_CAP = "liability cap";
  /** Insurance a party must carry: "general liability insurance of at least $2,000,000 per occurrence". */
  public static final String INSURANCE = "insurance";

  public Amount(BigDecimal value, String currency, Provenance source) {
    this(value, currency, source, null);
  }
}
