package org.pactum.extractor.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pactum.extractor.model.DocumentStatus;
import org.pactum.extractor.model.ParsedDocument;
import org.pactum.extractor.testing.Fixtures;

class TikaDocumentParserTest {

  private final TikaDocumentParser withoutOcr = new TikaDocumentParser(ParseSettings.defaults().withOcr(false));

  static Stream<Path> textSamples() {
    // the scanned samples need OCR; they have tests of their own
    return Fixtures.samples().stream().filter(p -> !Fixtures.isScanned(p));
  }

  @ParameterizedTest
  @MethodSource("textSamples")
  void everySampleFormatYieldsItsPhrases(Path sample) throws Exception {
    ParsedDocument doc = withoutOcr.parse(sample, sample.getFileName().toString());
    String text = normalise(doc.text());
    JsonNode expected = Fixtures.expected(sample);
    for (JsonNode phrase : expected.path("phrases")) {
      assertTrue(text.contains(normalise(phrase.asText())), sample.getFileName() + " lacks: " + phrase.asText());
    }
    assertEquals(0, doc.ocrPages());
  }

  @Test
  void pdfPagesAreKept() throws Exception {
    Path pdf = Fixtures.sample("01-");
    ParsedDocument doc = withoutOcr.parse(pdf, pdf.getFileName().toString());
    assertEquals("application/pdf", doc.mediaType());
    assertTrue(doc.pages().pageCount() >= 3, "pages: " + doc.pages());
    int lastPageStart = doc.pages().pageStarts().get(doc.pages().pageCount() - 1);
    assertTrue(lastPageStart > 0 && lastPageStart < doc.text().length());
    assertEquals(doc.pages().pageCount(), doc.pages().pageOf(doc.text().length() - 1));
  }

  @Test
  void wordDocumentsAreRecognisedByContentNotName() throws Exception {
    Path doc = Fixtures.sample("07-");
    assertEquals("application/msword", withoutOcr.parse(doc, "renamed.bin").mediaType());
  }

  @Test
  void scannedPdfWithoutOcrNeedsOcr() {
    Path scan = Fixtures.sample("10-");
    NeedsOcrException e = assertThrows(NeedsOcrException.class, () -> withoutOcr.parse(scan, "lease.pdf"));
    assertEquals(DocumentStatus.NEEDS_OCR, e.status());
    assertTrue(e.getMessage().contains("no text layer") && e.getMessage().contains("OCR"), e.getMessage());
  }

  @Test
  void scannedPdfIsReadByOcrWhenTesseractIsInstalled() throws Exception {
    assumeTrue(OcrEngine.available(), "tesseract is not installed");
    Path scan = Fixtures.sample("10-");
    ParsedDocument doc = new TikaDocumentParser(ParseSettings.defaults()).parse(scan, "lease.pdf");
    assertTrue(doc.ocrPages() > 0);
    String text = normalise(doc.text());
    for (JsonNode party : Fixtures.expected(scan).path("parties")) {
      String firstWord = party.path("name").asText().split(" ")[0];
      assertTrue(text.contains(normalise(firstWord)), "OCR text lacks " + firstWord);
    }
  }

  @Test
  void encryptedPdfIsEncrypted() {
    assertThrows(EncryptedDocumentException.class, () -> withoutOcr.parse(Fixtures.hostile("encrypted.pdf"), "encrypted.pdf"));
  }

  @Test
  void zeroByteAndBlankFilesAreEmpty() {
    assertThrows(EmptyDocumentException.class, () -> withoutOcr.parse(Fixtures.hostile("zero-byte.pdf"), "zero-byte.pdf"));
    assertThrows(EmptyDocumentException.class, () -> withoutOcr.parse(Fixtures.hostile("blank.txt"), "blank.txt"));
  }

  @Test
  void truncatedPdfFailsAsCorrupt() {
    UnreadableDocumentException e =
        assertThrows(UnreadableDocumentException.class, () -> withoutOcr.parse(Fixtures.hostile("truncated.pdf"), "truncated.pdf"));
    assertTrue(e.getMessage().contains("corrupt"), e.getMessage());
  }

  @Test
  void imageNamedPdfIsUnsupportedAndSaysWhy() {
    UnsupportedFormatException e =
        assertThrows(UnsupportedFormatException.class, () -> withoutOcr.parse(Fixtures.hostile("jpeg-named.pdf"), "jpeg-named.pdf"));
    assertTrue(e.getMessage().contains("image/jpeg"), e.getMessage());
  }

  @Test
  void randomBytesAreUnsupported() {
    assertThrows(UnsupportedFormatException.class, () -> withoutOcr.parse(Fixtures.hostile("binary-garbage.bin"), "binary-garbage.bin"));
  }

  @Test
  void textNamedDocxIsReadAsTheTextItIs() throws Exception {
    // the content decides, not the name: a readable file is not refused for its extension
    ParsedDocument doc = withoutOcr.parse(Fixtures.hostile("not-a-docx.docx"), "not-a-docx.docx");
    assertEquals("text/plain", doc.mediaType());
    assertFalse(doc.text().isBlank());
  }

  @Test
  void htmlScriptsAreNotText() throws Exception {
    ParsedDocument doc = withoutOcr.parse(Fixtures.hostile("contract-with-script.html"), "contract-with-script.html");
    assertTrue(doc.text().contains("<script>alert(1)</script>"), "the escaped literal is text");
    assertTrue(doc.text().contains("<img src=x onerror=alert(1)>"));
    assertFalse(doc.text().replace("<script>alert(1)</script>", "").contains("alert(1)</"), doc.text());
  }

  static String normalise(String s) {
    return s.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  @Test
  void rightToLeftAndLatinOneTextIsReadInItsOwnEncoding(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    // short UTF-8 Hebrew is what statistical detectors mistake for a Chinese code page
    String hebrew = "הסכם שירותים\n\nהספק יספק את הסחורה בתוך שלושים יום.\n";
    String arabic = "اتفاقية توريد\n\nيلتزم المورد بتسليم البضائع خلال ثلاثين يوما.\n";
    for (String text : java.util.List.of(hebrew, arabic)) {
      java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("rtl.txt"), text);
      assertEquals(text.strip(), withoutOcr.parse(file, "rtl.txt").text().strip());
    }
    java.nio.file.Path latin = java.nio.file.Files.write(dir.resolve("latin.txt"),
        "CAFÉ LEASE\n\nThe Lessee shall pay the rent for the café premises monthly.\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    assertTrue(withoutOcr.parse(latin, "latin.txt").text().contains("café premises"), "Latin-1 still reads as Latin-1");
  }

  @Test
  void aMultiByteCharacterCutByTheLookAheadStillCountsAsUtf8() {
    byte[] bytes = ("x".repeat(10) + "שלום").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 1);
    assertTrue(Utf8FirstEncodingDetector.isUtf8BeyondAscii(cut, true));
    assertFalse(Utf8FirstEncodingDetector.isUtf8BeyondAscii(cut, false), "a cut at the real end is malformed");
    assertFalse(Utf8FirstEncodingDetector.isUtf8BeyondAscii("plain ascii".getBytes(java.nio.charset.StandardCharsets.US_ASCII), false));
  }
}
