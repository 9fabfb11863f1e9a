package org.pactum.extractor.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pactum.extractor.model.Amount;
import org.pactum.extractor.model.ParsedDocument;
import org.pactum.extractor.model.Provenance;

/**
 * Sums of money with their currency: "$120,000.00", "USD 5,000", "EUR 1,000,000", "£60,000",
 * "CAD $84,000", "2.5 million dollars". A bare "$" is US dollars unless the contract says it deals
 * in Canadian or Australian dollars and never names US dollars. Each sum says what it is for where its sentence tells
 * ({@link AmountPurposes}).
 */
final class AmountExtractor {

  static final String NAME = "amount-rules";

  /**
   * A number: "1,250,000.00", "1250000"; grouped by full stops with a decimal comma ("12.500,00", "1.000.000") or by
   * apostrophes ("30'000"), as written in much of Europe.
   */
  private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d{1,4})?|\\d{1,3}(?:\\.\\d{3})+,\\d{2}(?!\\d)"
      + "|\\d{1,3}(?:\\.\\d{3}){2,}(?![\\d,])|\\d{1,3}(?:['\u2019]\\d{3})+(?:\\.\\d{1,2})?|\\d{1,12}(?:\\.\\d{1,4})?)";
  /** "2.5 million", "ten thousand", or a letter right after the digits: "\u00a32m", "$5bn", "$10k". */
  private static final String SCALE = "(?:(\\s?(?:million|billion|thousand)|(?i:mn|bn|mm|m|k))\\b)?";
  private static final Pattern PREFIXED = Pattern.compile(
      "(?<![A-Za-z])(US\\$|USD\\s?\\$?|CAD\\s?\\$?|C\\$|AUD\\s?\\$?|A\\$|EUR\\s?|GBP\\s?|CHF\\s?|JPY\\s?|\\$|\u20ac|\u00a3|\u00a5)\\s?"
          + NUMBER + SCALE);
  private static final Pattern SUFFIXED = Pattern.compile(
      "(?<![\\d.,$\u20ac\u00a3])" + NUMBER + SCALE + "\\s?(USD|EUR|GBP|CAD|AUD|CHF|(?:US |U\\.S\\. )?dollars|euros?|pounds sterling)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern OTHER_DOLLARS = Pattern.compile("(?i)\\b(canadian|australian) dollars\\b|\\b(CAD|AUD)\\b");
  private static final Pattern US_DOLLARS = Pattern.compile("(?i)\\bU\\.?S\\.? dollars\\b|\\bUSD\\b|US\\$");
  private static final Map<String, String> CODES = Map.of(
      "$", "USD", "US$", "USD", "C$", "CAD", "A$", "AUD", "\u20ac", "EUR", "\u00a3", "GBP", "\u00a5", "JPY",
      "DOLLARS", "USD", "EURO", "EUR", "EUROS", "EUR");

  List<Amount> find(ParsedDocument document) {
    String text = document.text();
    String dollar = dollarCurrency(text);
    List<Amount> amounts = new ArrayList<>();
    Matcher m = PREFIXED.matcher(text);
    while (m.find()) {
      String code = code(m.group(1), dollar);
      add(amounts, document, m.start(), m.end(), m.group(2), m.group(3), code);
    }
    m = SUFFIXED.matcher(text);
    while (m.find()) {
      String code = code(m.group(3), dollar);
      add(amounts, document, m.start(), m.end(), m.group(1), m.group(2), code);
    }
    amounts.sort(java.util.Comparator.comparingInt(a -> a.source().start()));
    return amounts;
  }

  /** What a bare "$" means in this contract. */
  private static String dollarCurrency(String text) {
    Matcher other = OTHER_DOLLARS.matcher(text);
    if (other.find() && !US_DOLLARS.matcher(text).find()) {
      String which = other.group(1) != null ? other.group(1) : other.group(2);
      return which.toLowerCase(Locale.ROOT).startsWith("c") ? "CAD" : "AUD";
    }
    return "USD";
  }

  private static String code(String written, String dollar) {
    String w = written.replace("$", "").strip().toUpperCase(Locale.ROOT);
    if (written.strip().equals("$")) {
      return dollar;
    }
    if (w.endsWith("DOLLARS")) {
      return w.startsWith("U") ? "USD" : dollar;
    }
    if (w.startsWith("POUNDS")) {
      return "GBP";
    }
    if (w.isEmpty()) {
      return dollar;
    }
    return CODES.getOrDefault(written.strip(), CODES.getOrDefault(w, w));
  }

  /** The number without its grouping, with a full stop for its decimals: "12.500,00" -> "12500.00", "30'000" -> "30000". */
  static String plain(String number) {
    String n = number.replace("'", "").replace("\u2019", "");
    int comma = n.lastIndexOf(',');
    if (comma > n.lastIndexOf('.') && n.indexOf('.') >= 0 || n.indexOf('.') != n.lastIndexOf('.')) {
      // full stops group the thousands; a comma, if any, starts the decimals
      return n.replace(".", "").replace(',', '.');
    }
    return n.replace(",", "");
  }

  private static void add(
      List<Amount> out, ParsedDocument document, int start, int end, String number, String scale, String code) {
    BigDecimal value = new BigDecimal(plain(number));
    if (scale != null) {
      value = value.multiply(switch (scale.strip().toLowerCase(Locale.ROOT)) {
        case "thousand", "k" -> BigDecimal.valueOf(1_000);
        case "million", "m", "mn", "mm" -> BigDecimal.valueOf(1_000_000);
        default -> BigDecimal.valueOf(1_000_000_000);
      });
    }
    for (Amount a : out) {
      if (a.source().start() < end && start < a.source().end()) {
        return; // the same words, already read the other way round
      }
    }
    out.add(new Amount(value, code, new Provenance(start, end, document.pages().pageOf(start), NAME, 0.8),
        AmountPurposes.of(document.text(), start, end)));
  }
}
