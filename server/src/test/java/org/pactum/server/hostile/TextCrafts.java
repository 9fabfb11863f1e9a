package org.pactum.server.hostile;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** Text, HTML, RTF, XML and image files made hostile: sizes, nesting, encodings, entities, lying headers. */
final class TextCrafts {

  static final String CLAUSE = "The Supplier shall deliver the goods within thirty (30) days of each purchase order. ";

  private TextCrafts() {}

  static void utf8(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** {@code times} copies of {@code unit} with {@code head} before and {@code tail} after, streamed to disk. */
  static void repeated(Path file, String head, String unit, int times, String tail) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      out.write(head.getBytes(StandardCharsets.UTF_8));
      byte[] bytes = unit.getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < times; i++) {
        out.write(bytes);
      }
      out.write(tail.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** A contract whose bytes are sprinkled with sequences that are not UTF-8 at all. */
  static void invalidUtf8(Path file) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Random random = new Random(8);
    for (int i = 0; i < 200; i++) {
      out.writeBytes(CLAUSE.getBytes(StandardCharsets.UTF_8));
      out.write(0xC3); // a lead byte with no continuation
      out.write(0x28);
      out.write(0xF0 | random.nextInt(8)); // a four-byte lead cut short
      out.write(0xFF); // never valid in UTF-8
    }
    Files.write(file, out.toByteArray());
  }

  /** Deeply nested numbering: 1. 1.1 1.1.1 ... {@code depth} levels. */
  static String nestedNumbering(int depth) {
    StringBuilder out = new StringBuilder("NESTED TERMS\n\n");
    StringBuilder number = new StringBuilder();
    for (int i = 1; i <= depth; i++) {
      number.append(i == 1 ? "1" : ".1");
      out.append(number).append(' ').append(CLAUSE).append('\n');
    }
    return out.toString();
  }

  /** RTF groups opened {@code depth} deep and never closed. */
  static String rtfDeepGroups(int depth) {
    return "{\\rtf1\\ansi " + "{".repeat(depth) + "\\b " + CLAUSE;
  }

  /** PNG whose header claims {@code side} x {@code side} one-bit pixels, all of them there, deflated to almost nothing. */
  static void hugePng(Path file, int side) throws IOException {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    ByteArrayOutputStream header = new ByteArrayOutputStream();
    writeInt(header, side);
    writeInt(header, side);
    header.writeBytes(new byte[] {1, 0, 0, 0, 0}); // bit depth 1, greyscale, deflate, no filter, no interlace
    chunk(png, "IHDR", header.toByteArray());
    ByteArrayOutputStream pixels = new ByteArrayOutputStream();
    try (var z = new java.util.zip.DeflaterOutputStream(pixels, new java.util.zip.Deflater(9))) {
      byte[] row = new byte[1 + (side + 7) / 8]; // filter byte, then the row
      for (int y = 0; y < side; y++) {
        z.write(row);
      }
    }
    chunk(png, "IDAT", pixels.toByteArray());
    chunk(png, "IEND", new byte[0]);
    Files.write(file, png.toByteArray());
  }

  /** A real JPEG whose frame header is edited to claim 65,000 x 65,000 pixels. */
  static void hugeJpeg(Path file, byte[] jpeg) throws IOException {
    byte[] out = jpeg.clone();
    for (int i = 0; i + 9 < out.length; i++) {
      int marker = out[i + 1] & 0xFF;
      if ((out[i] & 0xFF) == 0xFF && (marker == 0xC0 || marker == 0xC2)) {
        out[i + 5] = (byte) 0xFD; // height 65,000 = 0xFDE8
        out[i + 6] = (byte) 0xE8;
        out[i + 7] = (byte) 0xFD; // width
        out[i + 8] = (byte) 0xE8;
        break;
      }
    }
    Files.write(file, out);
  }

  private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
    writeInt(png, data.length);
    byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
    png.writeBytes(typeBytes);
    png.writeBytes(data);
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(typeBytes);
    crc.update(data);
    writeInt(png, (int) crc.getValue());
  }

  private static void writeInt(ByteArrayOutputStream out, int value) {
    out.write(value >>> 24);
    out.write(value >>> 16);
    out.write(value >>> 8);
    out.write(value);
  }
}
