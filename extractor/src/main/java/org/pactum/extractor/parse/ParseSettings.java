package org.pactum.extractor.parse;

import java.time.Duration;

/**
 * How documents are parsed.
 *
 * @param ocr whether pages without a text layer are OCRed (when tesseract is installed)
 * @param ocrLanguage tesseract's language code, e.g. {@code eng}
 * @param ocrDpi resolution pages are rendered at for OCR
 * @param maxTextChars a document whose text passes this many characters fails
 * @param timeout time allowed for one file, OCR included
 */
public record ParseSettings(
    boolean ocr, String ocrLanguage, int ocrDpi, long maxTextChars, Duration timeout) {

  public static final int DEFAULT_OCR_DPI = 300;
  public static final long DEFAULT_MAX_TEXT_CHARS = 20_000_000L;
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(3);

  public ParseSettings {
    if (ocrDpi < 72 || ocrDpi > 600) {
      throw new IllegalArgumentException("OCR resolution must be between 72 and 600 dpi: " + ocrDpi);
    }
    if (maxTextChars <= 0 || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  public static ParseSettings defaults() {
    return new ParseSettings(true, "eng", DEFAULT_OCR_DPI, DEFAULT_MAX_TEXT_CHARS, DEFAULT_TIMEOUT);
  }

  public ParseSettings withOcr(boolean enabled) {
    return new ParseSettings(enabled, ocrLanguage, ocrDpi, maxTextChars, timeout);
  }

  public ParseSettings withTimeout(Duration limit) {
    return new ParseSettings(ocr, ocrLanguage, ocrDpi, maxTextChars, limit);
  }
}
