package org.pactum.extractor.analysis;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pactum.extractor.model.ParsedDocument;
import org.pactum.extractor.model.PaymentTerms;
import org.pactum.extractor.model.Provenance;

/**
 * When invoices fall due: "Net 30", "net thirty (30) days", "within thirty (30) days of receipt of
 * the invoice", "within 45 days of invoice", "due thirty (30) days from the date of invoice", "each correct invoice within
 * 45 days after receipt", "due upon receipt of invoice" (no days); beside a cash discount for paying sooner, the net
 * period ("within thirty (30) days with a 2% cash discount, or within sixty (60) days net"). The first statement in the
 * contract wins; each rule runs on one bounded sentence.
 */
final class PaymentTermsExtractor {

  static final String NAME = "payment-terms-rules";
  private static final int MAX_SENTENCE = 1200;

  private static final Pattern NET = Pattern.compile(
      "(?i)\\bnet\\s+(?:" + Durations.NUMBER + "\\s+\\((\\d{1,3})\\)|(\\d{1,3}))(?:\\s+days)?\\b");
  /** The net period written after the days, beside a cash discount for paying sooner: "or within sixty (60) days net". */
  private static final Pattern DAYS_NET = Pattern.compile(
      "(?i)\\b" + Durations.NUMBER + "\\s+(?:\\((\\d{1,3})\\)\\s+)?days?\\s+net\\b");
  /** "thirty (30) days", "45 business days": the number in words or digits (group 1), digits in brackets (group 2). */
  private static final String DAYS_COUNT =
      Durations.NUMBER + "\\s+(?:\\((\\d{1,3})\\)\\s+)?(?:business\\s+|calendar\\s+)?days?";
  /**
   * A number of days counted from the invoice (or the delivery): "within thirty (30) days of receipt of the invoice",
   * "due thirty (30) days from the date of invoice", "no later than sixty (60) days following receipt of a correct
   * invoice", "within thirty (30) days after receiving an invoice", "of the date of Supplier's invoice".
   */
  private static final Pattern WITHIN = Pattern.compile(
      "(?i)\\b(?:(?:within|no\\s+later\\s+than|not\\s+later\\s+than)\\s+)?" + DAYS_COUNT + "\\s+(?:of|after|following|from)\\s+"
          + "(?:(?:the\\s+)?(?:receipt|date|issuance)\\s+(?:of\\s+)?|receiving\\s+)?"
          + "(?:(?:a|an|the|such|each|any|its|the\\s+applicable|[a-z][\\w-]*['\u2019]s)\\s+)?"
          + "(?:correct\\s+|valid\\s+|undisputed\\s+|proper\\s+)?(?:invoice|delivery)");
  /** "Payment is due upon receipt of invoice": no days at all. */
  private static final Pattern ON_RECEIPT = Pattern.compile(
      "(?i)\\b(?:due|payable)(?:\\s+in\\s+full)?\\s+(?:up)?on\\s+receipt\\s+of\\s+(?:the\\s+|an\\s+|each\\s+|its\\s+)?invoice");
  private static final Pattern INVOICE_WITHIN = Pattern.compile(
      "(?i)\\binvoices?\\s+within\\s+" + DAYS_COUNT + "\\b"
          + "(?:\\s+(?:of|after|following|from)\\s+(?:the\\s+)?(?:receipt|date|issuance|delivery)(?:\\s+thereof)?)?");

  /** A wording of payment terms, and whether its sentence must also speak of paying ("within 30 days of invoice" may not). */
  private record Wording(Pattern pattern, boolean needsPaying) {}

  /** Tried in this order on each sentence; the first statement in the contract wins. */
  private static final List<Wording> WORDINGS = List.of(new Wording(NET, false), new Wording(DAYS_NET, false),
      new Wording(WITHIN, true), new Wording(INVOICE_WITHIN, true), new Wording(ON_RECEIPT, false));

  Optional<PaymentTerms> find(ParsedDocument document) {
    String text = document.text();
    for (Sentences.Span s : Sentences.of(text, MAX_SENTENCE)) {
      String sentence = text.substring(s.start(), s.end());
      for (Wording w : WORDINGS) {
        Matcher m = w.pattern().matcher(sentence);
        if (m.find() && (!w.needsPaying() || mentionsPaying(sentence))) {
          return Optional.of(terms(document, s.start() + m.start(), s.start() + m.end(), days(m)));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The days a match states: its digits in brackets or alone where it has them ("thirty (30)", "Net 30"), else its number
   * in words; none at all ("due upon receipt") is 0.
   */
  private static Integer days(Matcher m) {
    for (int g = 2; g <= m.groupCount(); g++) {
      if (m.group(g) != null) {
        return days(m.group(g));
      }
    }
    return m.groupCount() == 0 ? Integer.valueOf(0) : days(m.group(1));
  }

  private static boolean mentionsPaying(String sentence) {
    String s = sentence.toLowerCase(java.util.Locale.ROOT);
    return s.contains("pay") || s.contains("paid") || s.contains("due") || s.contains("remit");
  }

  private static Integer days(String number) {
    return Durations.of(number, "day").map(l -> l.period().getDays()).orElse(null);
  }

  private static PaymentTerms terms(ParsedDocument document, int start, int end, Integer days) {
    String text = document.text().substring(start, end).replaceAll("\\s+", " ");
    return new PaymentTerms(text, days, new Provenance(start, end, document.pages().pageOf(start), NAME, 0.75));
  }
}
