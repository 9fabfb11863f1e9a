package org.pactum.extractor.analysis;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pactum.extractor.model.ParsedDocument;
import org.pactum.extractor.model.PaymentTerms;
import org.pactum.extractor.model.Provenance;

/**
 * When invoices fall due: "Net 30", "net thirty (30) days", "within thirty (30) days of receipt of
 * the invoice", "within 45 days of invoice", "each correct invoice within 45 days after receipt". The first statement in the
 * contract wins; each rule runs on one bounded sentence.
 */
final class PaymentTermsExtractor {

  static final String NAME = "payment-terms-rules";
  private static final int MAX_SENTENCE = 1200;

  private static final Pattern NET = Pattern.compile(
      "(?i)\\bnet\\s+(?:" + Durations.NUMBER + "\\s+\\((\\d{1,3})\\)|(\\d{1,3}))(?:\\s+days)?\\b");
  private static final Pattern WITHIN = Pattern.compile(
      "(?i)\\bwithin\\s+" + Durations.NUMBER + "\\s+(?:\\((\\d{1,3})\\)\\s+)?(?:business\\s+|calendar\\s+)?days?\\s+"
          + "(?:of|after|following|from)\\s+(?:(?:the\\s+)?(?:receipt|date|issuance|delivery)\\s+(?:of\\s+)?)?"
          + "(?:(?:a|an|the|such|each|any|its|the\\s+applicable)\\s+)?(?:correct\\s+|valid\\s+|undisputed\\s+|proper\\s+)?"
          + "invoice");
  private static final Pattern INVOICE_WITHIN = Pattern.compile(
      "(?i)\\binvoices?\\s+within\\s+" + Durations.NUMBER + "\\s+(?:\\((\\d{1,3})\\)\\s+)?(?:business\\s+|calendar\\s+)?days?\\b"
          + "(?:\\s+(?:of|after|following|from)\\s+(?:the\\s+)?(?:receipt|date|issuance|delivery)(?:\\s+thereof)?)?");

  Optional<PaymentTerms> find(ParsedDocument document) {
    String text = document.text();
    for (Sentences.Span s : Sentences.of(text, MAX_SENTENCE)) {
      String sentence = text.substring(s.start(), s.end());
      Matcher m = NET.matcher(sentence);
      if (m.find()) {
        Integer days = days(m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(1));
        return Optional.of(terms(document, s.start() + m.start(), s.start() + m.end(), days));
      }
      for (Pattern p : new Pattern[] {WITHIN, INVOICE_WITHIN}) {
        m = p.matcher(sentence);
        if (m.find() && mentionsPaying(sentence)) {
          Integer days = days(m.group(2) != null ? m.group(2) : m.group(1));
          return Optional.of(terms(document, s.start() + m.start(), s.start() + m.end(), days));
        }
      }
    }
    return Optional.empty();
  }

  private static boolean mentionsPaying(String sentence) {
    String s = sentence.toLowerCase(java.util.Locale.ROOT);
    return s.contains("pay") || s.contains("due") || s.contains("remit");
  }

  private static Integer days(String number) {
    return Durations.of(number, "day").map(l -> l.period().getDays()).orElse(null);
  }

  private static PaymentTerms terms(ParsedDocument document, int start, int end, Integer days) {
    String text = document.text().substring(start, end).replaceAll("\\s+", " ");
    return new PaymentTerms(text, days, new Provenance(start, end, document.pages().pageOf(start), NAME, 0.75));
  }
}
