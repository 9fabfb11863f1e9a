package org.pactum.server.triage;

import java.util.Locale;
import java.util.Set;

/**
 * How readable an OCRed text is, from 0 (garbage) to 1: the share of its words found in a vocabulary
 * of the repository's born-digital documents (text they hold, not read from pixels), discounted by
 * the share of its characters that are neither letters, digits, spaces nor ordinary punctuation, the
 * debris OCR leaves from specks and stamps.
 *
 * @param words how many words were looked at
 * @param knownShare the share of them in the vocabulary
 * @param garbageShare the share of characters that are debris
 */
public record OcrQuality(int words, double knownShare, double garbageShare, double score) {

  /** Words looked at: enough for a stable share, few enough to be quick on long documents. */
  static final int MAX_WORDS = 20_000;

  public static OcrQuality of(String text, Set<String> vocabulary) {
    int words = 0;
    int known = 0;
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.length() < 2) {
        continue;
      }
      words++;
      if (vocabulary.contains(w)) {
        known++;
      }
      if (words >= MAX_WORDS) {
        break;
      }
    }
    long chars = 0;
    long garbage = 0;
    for (int i = 0; i < text.length() && chars < 200_000; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        continue;
      }
      chars++;
      if (!Character.isLetterOrDigit(c) && ".,;:'\"()-/%$&§!?".indexOf(c) < 0) {
        garbage++;
      }
    }
    double knownShare = words == 0 ? 0 : (double) known / words;
    double garbageShare = chars == 0 ? 1 : (double) garbage / chars;
    return new OcrQuality(words, knownShare, garbageShare, Math.max(0, knownShare * (1 - 2 * garbageShare)));
  }
}
