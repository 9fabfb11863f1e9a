package org.pactum.extractor.analysis;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.pactum.extractor.model.Amount;

/**
 * What a sum of money is, read from the sentence that names it: insurance a party must carry, a cap on liability, the
 * whole contract's value, or a fee. Insurance is asked first, since a policy's limits speak of liability too.
 */
final class AmountPurposes {

  /** How far around the sum its sentence is looked for. */
  private static final int REACH = 300;
  private static final Pattern INSURANCE = Pattern.compile("(?i)\\binsur(?:ance|ed|er)\\b|\\bcoverage\\b|\\bpolic(?:y|ies)\\b");
  private static final Pattern LIABILITY_CAP = Pattern.compile("(?i)\\bliabilit(?:y|ies)\\b[^.;]{0,200}?\\b(?:exceed|limited\\s+to"
      + "|not\\s+(?:be\\s+)?(?:more|greater)\\s+than|cap(?:ped)?|maximum|no\\s+event)\\b|\\b(?:in\\s+no\\s+event|cap(?:ped)?|limited\\s+to|"
      + "exceed)\\b[^.;]{0,200}?\\bliabilit(?:y|ies)\\b|\\bliable\\b[^.;]{0,120}?\\b(?:in\\s+excess\\s+of|exceed|more\\s+than)\\b");
  private static final Pattern CONTRACT_VALUE = Pattern.compile("(?i)\\b(?:total|aggregate)\\s+(?:contract\\s+)?(?:value|price"
      + "|consideration|purchase\\s+price)\\b|\\bcontract\\s+(?:value|price|sum)\\b|\\bpurchase\\s+price\\b");
  private static final Pattern FEE = Pattern.compile("(?i)\\b(?:fees?|prices?|royalt(?:y|ies)|pay(?:s|able|ment|ments)?|paid"
      + "|compensation|charge[sd]?|billed|invoiced|rates?|costs?|invoices?|salary|rent|retainer|commissions?|remuneration"
      + "|deposit)\\b|\\bper\\s+(?:hour|day|week|month|year|unit|user|seat|item|gb|tb|claim|transaction)\\b");

  private AmountPurposes() {}

  /** The purpose of the sum at {@code [start, end)} of {@code text}, or null when its sentence does not say. */
  static @Nullable String of(String text, int start, int end) {
    Sentences.Span around = Sentences.around(text, start, end, REACH);
    String sentence = text.substring(around.start(), around.end());
    if (INSURANCE.matcher(sentence).find()) {
      return Amount.INSURANCE;
    }
    if (LIABILITY_CAP.matcher(sentence).find()) {
      return Amount.LIABILITY_CAP;
    }
    if (CONTRACT_VALUE.matcher(sentence).find()) {
      return Amount.CONTRACT_VALUE;
    }
    return FEE.matcher(sentence).find() ? Amount.FEE : null;
  }
}
