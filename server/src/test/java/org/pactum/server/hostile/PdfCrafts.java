package org.pactum.server.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;

/** PDFs made hostile: fuzzed bytes, broken structure, absurd sizes, scripts. */
final class PdfCrafts {

  private static final String CLAUSE = "This Equipment Lease Agreement is governed by the laws of the State of Ohio.";

  private PdfCrafts() {}

  /** A plain text PDF, written without compression so its structure can be edited as text. */
  static void text(Path file, int pages) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (int i = 1; i <= pages; i++) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.beginText();
          cs.setFont(font, 11);
          cs.newLineAtOffset(72, 720);
          cs.showText(pages == 1 ? CLAUSE : "Schedule page " + i + ". " + CLAUSE);
          cs.endText();
        }
      }
      doc.save(file.toFile(), CompressParameters.NO_COMPRESSION);
    }
  }

  static byte[] text(int pages) throws IOException {
    Path temp = Files.createTempFile("pactum-hostile", ".pdf");
    try {
      text(temp, pages);
      return Files.readAllBytes(temp);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Random bytes overwritten: {@code rate} of them, at seeded places. */
  static byte[] flipped(byte[] pdf, long seed, double rate) {
    byte[] out = pdf.clone();
    Random random = new Random(seed);
    int flips = Math.max(1, (int) (out.length * rate));
    for (int i = 0; i < flips; i++) {
      out[random.nextInt(out.length)] = (byte) random.nextInt(256);
    }
    return out;
  }

  /** A stretch cut out of the middle. */
  static byte[] holed(byte[] pdf, long seed) {
    Random random = new Random(seed);
    int from = random.nextInt(pdf.length / 2);
    int length = 1 + random.nextInt(Math.max(1, pdf.length / 4));
    byte[] out = new byte[pdf.length - length];
    System.arraycopy(pdf, 0, out, 0, from);
    System.arraycopy(pdf, from + length, out, from, out.length - from);
    return out;
  }

  static byte[] truncated(byte[] pdf, double keep) {
    return Arrays.copyOf(pdf, (int) (pdf.length * keep));
  }

  /** Every occurrence of {@code what} in the PDF's text replaced. */
  static byte[] replaced(byte[] pdf, String what, String with) {
    String s = new String(pdf, StandardCharsets.ISO_8859_1);
    return s.replace(what, with).getBytes(StandardCharsets.ISO_8859_1);
  }

  /** A page whose one image declares 60,000 x 60,000 pixels: half a gigabyte once decoded, a few hundred KB on disk. */
  static void hugeImage(Path file) throws IOException {
    int side = 60_000;
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    try (DeflaterOutputStream z = new DeflaterOutputStream(compressed, new Deflater(Deflater.BEST_COMPRESSION))) {
      byte[] row = new byte[side / 8];
      for (int y = 0; y < side; y++) {
        z.write(row);
      }
    }
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      PDStream stream = new PDStream(doc, new java.io.ByteArrayInputStream(compressed.toByteArray()), COSName.FLATE_DECODE);
      PDImageXObject image = new PDImageXObject(stream, null);
      image.setWidth(side);
      image.setHeight(side);
      image.setBitsPerComponent(1);
      image.setColorSpace(org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray.INSTANCE);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.drawImage(image, 0, 0, 612, 792);
      }
      doc.save(file.toFile());
    }
  }

  /** Opens with a script, as a booby-trapped attachment would; a reader must never run it. */
  static void withJavaScript(Path file) throws IOException {
    try (PDDocument doc = Loader.loadPDF(text(1))) {
      doc.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('opened');"));
      doc.save(file.toFile());
    }
  }

  /** Restricted by an owner password only: anyone may open and read it. */
  static void ownerPasswordOnly(Path file) throws IOException {
    try (PDDocument doc = Loader.loadPDF(text(1))) {
      AccessPermission none = new AccessPermission();
      none.setCanPrint(false);
      none.setCanModify(false);
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner secret", "", none);
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      doc.save(file.toFile());
    }
  }
}
