package org.pactum.server.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Zips and OOXML packages (which are zips) made hostile. */
final class ArchiveCrafts {

  static final String CONTRACT = "SNOW REMOVAL SERVICES AGREEMENT\n\nThe Contractor shall clear the parking lots within four hours"
      + " of a snowfall. This Agreement is governed by the laws of the State of Vermont.\n";

  private ArchiveCrafts() {}

  static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  static void zip(Path file, Map<String, byte[]> entries) throws IOException {
    Files.write(file, zip(entries));
  }

  static Map<String, byte[]> one(String name, String text) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put(name, text.getBytes(StandardCharsets.UTF_8));
    return entries;
  }

  /** Tens of thousands of entries, each tiny: exhausts whoever opens them all. */
  static void manyEntries(Path file, int count) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      for (int i = 0; i < count; i++) {
        zip.putNextEntry(new ZipEntry("note-" + i + ".txt"));
        zip.write(("note " + i).getBytes(StandardCharsets.US_ASCII));
        zip.closeEntry();
      }
    }
  }

  /** Several entries of zeros that inflate a thousandfold each. */
  static void zerosBomb(Path file, int entries, int megabytes) throws IOException {
    byte[] zeros = new byte[1 << 20];
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      for (int i = 0; i < entries; i++) {
        zip.putNextEntry(new ZipEntry("part-" + i + ".txt"));
        for (int m = 0; m < megabytes; m++) {
          zip.write(zeros);
        }
        zip.closeEntry();
      }
    }
  }

  /** A good zip whose entries are flagged as encrypted (ZipCrypto), which nothing here can open. */
  static byte[] flaggedEncrypted(byte[] zip) {
    byte[] out = zip.clone();
    for (int i = 0; i + 4 < out.length; i++) {
      if (out[i] == 'P' && out[i + 1] == 'K' && out[i + 2] == 3 && out[i + 3] == 4) {
        out[i + 6] |= 1; // local header: general purpose flags
      } else if (out[i] == 'P' && out[i + 1] == 'K' && out[i + 2] == 1 && out[i + 3] == 2) {
        out[i + 8] |= 1; // central directory: general purpose flags
      }
    }
    return out;
  }

  static byte[] truncated(byte[] bytes, double keep) {
    return Arrays.copyOf(bytes, (int) (bytes.length * keep));
  }

  // ---- OOXML (.docx): a package is a zip of XML parts

  private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
      + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      + "<Override PartName=\"/word/document.xml\""
      + " ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
  private static final String RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
      + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
      + " Target=\"word/document.xml\"/></Relationships>";
  static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

  /** A minimal Word package around the given document part. */
  static void docx(Path file, String documentXml) throws IOException {
    docx(file, out -> out.write(documentXml.getBytes(StandardCharsets.UTF_8)));
  }

  /** A minimal Word package whose document part is streamed by {@code document}, or absent when it is null. */
  static void docx(Path file, PartWriter document) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("_rels/.rels"));
      zip.write(RELS.getBytes(StandardCharsets.UTF_8));
      if (document != null) {
        zip.putNextEntry(new ZipEntry("word/document.xml"));
        document.write(zip);
      }
      zip.closeEntry();
    }
  }

  static String paragraphs(String text) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n")) {
      out.append("<w:p><w:r><w:t xml:space=\"preserve\">").append(line).append("</w:t></w:r></w:p>");
    }
    return out.toString();
  }

  static String document(String body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document " + W + "><w:body>" + body
        + "</w:body></w:document>";
  }

  /** The classic billion laughs: ten levels of ten references, a billion "lol"s if expanded. */
  static String billionLaughsDoctype(String root) {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE " + root + " [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i <= 10; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"");
      for (int j = 0; j < 10; j++) {
        dtd.append("&lol").append(i - 1).append(';');
      }
      dtd.append("\">");
    }
    return dtd.append("]>").toString();
  }

  /** Tables inside tables, {@code depth} deep, with a clause at the bottom. */
  static String nestedTables(int depth) {
    StringBuilder open = new StringBuilder();
    StringBuilder close = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      open.append("<w:tbl><w:tr><w:tc>");
      close.insert(0, "<w:p/></w:tc></w:tr></w:tbl>");
    }
    return open + paragraphs("The Tenant shall pay the rent monthly.") + close + "<w:p/>";
  }

  /** A document part of {@code megabytes} of spaces inside one text run: tiny zipped, huge inflated. */
  static PartWriter inflatingDocument(int megabytes) {
    return out -> {
      out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + W + "><w:body><w:p><w:r><w:t>")
          .getBytes(StandardCharsets.UTF_8));
      byte[] spaces = new byte[1 << 20];
      Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < megabytes; i++) {
        out.write(spaces);
      }
      out.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
    };
  }

  /** Streams a part's bytes without holding them. */
  @FunctionalInterface
  interface PartWriter {
    void write(OutputStream out) throws IOException;
  }
}
