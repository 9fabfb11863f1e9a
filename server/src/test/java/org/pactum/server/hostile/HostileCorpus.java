package org.pactum.server.hostile;

import static org.pactum.extractor.model.DocumentStatus.DUPLICATE;
import static org.pactum.extractor.model.DocumentStatus.EMPTY;
import static org.pactum.extractor.model.DocumentStatus.ENCRYPTED;
import static org.pactum.extractor.model.DocumentStatus.FAILED;
import static org.pactum.extractor.model.DocumentStatus.INDEXED;
import static org.pactum.extractor.model.DocumentStatus.NEEDS_OCR;
import static org.pactum.extractor.model.DocumentStatus.UNSUPPORTED;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pactum.extractor.testing.Fixtures;

/**
 * The hostile files the ingest must survive, made afresh (and the same every time: every random
 * choice is seeded) beside the small hand-made ones in {@code test-fixtures/hostile}. Made rather than
 * committed because several are large once written (a 10,000-page PDF, a 5 MB line) or are variations
 * of one another (fuzzed PDFs).
 */
final class HostileCorpus {

  static final int FUZZED_PDFS = 20;

  private HostileCorpus() {}

  static List<Hostile> all() throws IOException {
    List<Hostile> out = new ArrayList<>();
    pdfs(out);
    archives(out);
    office(out);
    texts(out);
    images(out);
    return out;
  }

  /** Writes every file into {@code folder}; returns them in order. */
  static List<Hostile> writeInto(Path folder) throws IOException {
    List<Hostile> all = all();
    for (Hostile h : all) {
      h.maker().write(folder.resolve(h.name()));
    }
    return all;
  }

  private static void pdfs(List<Hostile> out) throws IOException {
    byte[] plain = PdfCrafts.text(1);
    byte[] sample = Files.readAllBytes(Fixtures.sample("05-"));
    for (int i = 0; i < FUZZED_PDFS; i++) {
      byte[] base = i % 2 == 0 ? plain : sample;
      long seed = 1000 + i;
      byte[] fuzzed = switch (i % 5) {
        case 0, 1 -> PdfCrafts.flipped(base, seed, 0.001);
        case 2 -> PdfCrafts.flipped(base, seed, 0.05);
        case 3 -> PdfCrafts.holed(base, seed);
        default -> PdfCrafts.truncated(base, 0.15 + 0.07 * i / 5.0);
      };
      out.add(Hostile.anyStatus(String.format("fuzzed-%02d.pdf", i), "the bytes of a PDF mutated (seed " + seed + ")",
          f -> Files.write(f, fuzzed)));
    }
    out.add(Hostile.of("xref-garbage.pdf", "its cross-reference offsets are nonsense",
        f -> Files.write(f, PdfCrafts.replaced(plain, " 00000 n", " 99999 n")), INDEXED, FAILED, EMPTY));
    out.add(Hostile.of("huge-length.pdf", "its streams claim to be 2 GB long",
        f -> Files.write(f, PdfCrafts.replaced(plain, "/Length ", "/Length 2147483647 ")), INDEXED, FAILED, EMPTY));
    out.add(Hostile.of("page-count-lies.pdf", "its page tree claims two billion pages",
        f -> Files.write(f, PdfCrafts.replaced(plain, "/Count 1", "/Count 2147483647")), INDEXED, FAILED, EMPTY));
    out.add(Hostile.of("self-parent.pdf", "its page tree points at itself",
        f -> Files.write(f, PdfCrafts.replaced(plain, "/Kids [", "/Kids [2 0 R ")), INDEXED, FAILED, EMPTY));
    out.add(Hostile.of("header-only.pdf", "a PDF header and then plain prose",
        f -> Files.writeString(f, "%PDF-1.7\n" + TextCrafts.CLAUSE.repeat(20)), INDEXED, FAILED, UNSUPPORTED));
    out.add(Hostile.of("huge-image.pdf", "one page holding a 60,000 x 60,000 pixel image",
        PdfCrafts::hugeImage, NEEDS_OCR, FAILED, EMPTY, INDEXED));
    out.add(Hostile.of("opens-a-script.pdf", "runs JavaScript when opened", PdfCrafts::withJavaScript, INDEXED));
    out.add(Hostile.of("owner-password-only.pdf", "restricted by an owner password, readable by anyone",
        PdfCrafts::ownerPasswordOnly, INDEXED, ENCRYPTED));
    out.add(Hostile.of("ten-thousand-pages.pdf", "10,000 pages", f -> PdfCrafts.text(f, 10_000), INDEXED, FAILED));
  }

  private static void archives(List<Hostile> out) throws IOException {
    byte[] good = ArchiveCrafts.zip(ArchiveCrafts.one("snow-removal.txt", ArchiveCrafts.CONTRACT));
    out.add(Hostile.of("many-entries.zip", "25,000 entries, over the limit: refused before any is opened",
        f -> ArchiveCrafts.manyEntries(f, 25_000), FAILED));
    out.add(Hostile.of("many-bombs.zip", "ten entries of 100 MB of zeros each",
        f -> ArchiveCrafts.zerosBomb(f, 10, 100), FAILED));
    out.add(Hostile.of("truncated.zip", "a zip cut short: no central directory",
        f -> Files.write(f, ArchiveCrafts.truncated(good, 0.6)), FAILED, UNSUPPORTED, INDEXED));
    out.add(Hostile.of("encrypted-entry.zip", "its entry is flagged as encrypted",
        f -> Files.write(f, ArchiveCrafts.flaggedEncrypted(good)), FAILED, ENCRYPTED, INDEXED, UNSUPPORTED));
    out.add(Hostile.of("empty.zip", "a zip with no entries", f -> ArchiveCrafts.zip(f, Map.of()), EMPTY));
    out.add(Hostile.of("backslash-slip.zip", "an entry named ..\\..\\evil.txt",
        f -> ArchiveCrafts.zip(f, ArchiveCrafts.one("..\\..\\evil-windows.txt", ArchiveCrafts.CONTRACT)), FAILED, INDEXED));
    out.add(Hostile.of("long-name.zip", "an entry with a 3,000-character path",
        f -> ArchiveCrafts.zip(f, ArchiveCrafts.one("deep/".repeat(600) + "snow.txt", ArchiveCrafts.CONTRACT.replace("Snow", "Ice"))),
        INDEXED, FAILED));
    out.add(Hostile.of("zip-in-zip-bomb.zip", "a zip bomb inside a zip", f -> {
      Path inner = Files.createTempFile("pactum-inner", ".zip");
      try {
        ArchiveCrafts.zerosBomb(inner, 1, 300);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("inner.zip", Files.readAllBytes(inner));
        ArchiveCrafts.zip(f, entries);
      } finally {
        Files.deleteIfExists(inner);
      }
    }, FAILED));
  }

  private static void office(List<Hostile> out) {
    String contract = ArchiveCrafts.paragraphs("WAREHOUSE SERVICES AGREEMENT\nThe Operator shall store the goods.");
    out.add(Hostile.of("control.docx", "a well-formed package made the same way as the hostile ones, to prove they are read",
        f -> ArchiveCrafts.docx(f, ArchiveCrafts.document(contract)), INDEXED));
    out.add(Hostile.of("billion-laughs.docx", "an entity expanding to a billion words", f -> ArchiveCrafts.docx(f,
        "<?xml version=\"1.0\"?>" + ArchiveCrafts.billionLaughsDoctype("w:document") + "<w:document " + ArchiveCrafts.W
            + "><w:body><w:p><w:r><w:t>&lol10;</w:t></w:r></w:p></w:body></w:document>"), FAILED, EMPTY));
    out.add(Hostile.of("external-entity.docx", "an entity that reads /etc/passwd", f -> ArchiveCrafts.docx(f,
        "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]><w:document "
            + ArchiveCrafts.W + "><w:body><w:p><w:r><w:t>&secret;</w:t></w:r></w:p></w:body></w:document>"), FAILED, EMPTY));
    out.add(Hostile.of("nested-tables.docx", "tables nested 400 deep",
        f -> ArchiveCrafts.docx(f, ArchiveCrafts.document(ArchiveCrafts.nestedTables(400))), INDEXED, FAILED));
    out.add(Hostile.of("inflating.docx", "a document part that inflates to 300 MB of spaces",
        f -> ArchiveCrafts.docx(f, ArchiveCrafts.inflatingDocument(300)), FAILED, EMPTY));
    out.add(Hostile.of("no-document.docx", "a Word package without its document part",
        f -> ArchiveCrafts.docx(f, (ArchiveCrafts.PartWriter) null), FAILED, EMPTY, UNSUPPORTED));
    out.add(Hostile.of("broken-xml.docx", "a document part that is not XML",
        f -> ArchiveCrafts.docx(f, "<w:document " + ArchiveCrafts.W + "><w:body><w:p><w:r><w:t>unclosed"), FAILED, EMPTY, INDEXED));
    out.add(Hostile.of("garbage.doc", "an OLE2 signature followed by random bytes", f -> {
      byte[] bytes = new byte[64 * 1024];
      new java.util.Random(3).nextBytes(bytes);
      System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, 0,
          bytes, 0, 8);
      Files.write(f, bytes);
    }, FAILED, UNSUPPORTED));
  }

  private static void texts(List<Hostile> out) {
    out.add(Hostile.of("one-line-5mb.txt", "5 MB on a single line",
        f -> TextCrafts.repeated(f, "SUPPLY AGREEMENT ", TextCrafts.CLAUSE, 5 * 1024 * 1024 / TextCrafts.CLAUSE.length(), ""), INDEXED));
    out.add(Hostile.of("repeated-token.txt", "one word 100,000 times",
        f -> TextCrafts.repeated(f, "LICENSE AGREEMENT\n\n", "shall ", 100_000, "\n"), INDEXED));
    out.add(Hostile.of("nested-numbering.txt", "numbering nested 2,000 levels deep",
        f -> TextCrafts.utf8(f, TextCrafts.nestedNumbering(2_000)), INDEXED));
    out.add(Hostile.of("invalid-utf8.txt", "bytes that are not UTF-8", TextCrafts::invalidUtf8, INDEXED));
    out.add(Hostile.of("utf16-no-bom.txt", "UTF-16 without a byte-order mark",
        f -> Files.write(f, ("CONSULTING AGREEMENT\n" + TextCrafts.CLAUSE).getBytes(StandardCharsets.UTF_16LE)),
        INDEXED, UNSUPPORTED, FAILED));
    out.add(Hostile.of("hebrew.txt", "right-to-left text (Hebrew)", f -> TextCrafts.utf8(f,
        "הסכם שירותים\n\nהספק יספק את הסחורה בתוך שלושים יום. הסכם זה כפוף לדיני מדינת ישראל.\n"), INDEXED));
    out.add(Hostile.of("arabic.txt", "right-to-left text (Arabic)", f -> TextCrafts.utf8(f,
        "اتفاقية توريد\n\nيلتزم المورد بتسليم البضائع خلال ثلاثين يوما.\n"), INDEXED));
    out.add(Hostile.of("bidi-override.txt", "right-to-left override characters hiding the real order of words",
        f -> TextCrafts.utf8(f, "SERVICES AGREEMENT\n\nThe fee is \u202E00.000,01$\u202C payable monthly. " + TextCrafts.CLAUSE), INDEXED));
    out.add(Hostile.of("nul-bytes.txt", "a contract with NUL bytes between its words",
        f -> TextCrafts.utf8(f, ("LEASE AGREEMENT\u0000\n" + TextCrafts.CLAUSE).replace(" ", " \u0000")), INDEXED, UNSUPPORTED));
    out.add(Hostile.of("only-newlines.txt", "a million line breaks and nothing else",
        f -> TextCrafts.repeated(f, "", "\n", 1_000_000, ""), EMPTY));
    out.add(Hostile.of("over-the-text-limit.txt", "25 million characters of prose",
        f -> TextCrafts.repeated(f, "SUPPLY AGREEMENT\n", TextCrafts.CLAUSE + "\n", 25_000_000 / TextCrafts.CLAUSE.length(), ""),
        INDEXED, FAILED));
    out.add(Hostile.of("csv-named.pdf", "comma-separated text named .pdf",
        f -> TextCrafts.utf8(f, "party,fee,term\nAcme Supply Co.,12000,3 years\nBeta Freight LLC,8000,1 year\n"), INDEXED, UNSUPPORTED));
    out.add(Hostile.of("nested-divs.html", "HTML nested 10,000 elements deep",
        f -> TextCrafts.repeated(f, "<html><body><h1>AGENCY AGREEMENT</h1>", "<div>", 10_000, TextCrafts.CLAUSE + "</body></html>"), INDEXED));
    out.add(Hostile.of("nested-tables.html", "HTML tables nested 3,000 deep",
        f -> TextCrafts.repeated(f, "<html><body><h1>AGENCY AGREEMENT</h1>", "<table><tr><td>", 3_000, TextCrafts.CLAUSE + "</body></html>"),
        INDEXED, FAILED));
    out.add(Hostile.of("many-attributes.html", "one element with 200,000 attributes",
        f -> TextCrafts.repeated(f, "<html><body><p ", "data-x=\"1\" ", 200_000, ">" + TextCrafts.CLAUSE + "</p></body></html>"),
        INDEXED, FAILED));
    out.add(Hostile.of("lying-charset.html", "says UTF-8, is Latin-1", f -> Files.write(f,
        ("<html><head><meta charset=\"utf-8\"></head><body><h1>CAF\u00c9 LEASE</h1><p>" + TextCrafts.CLAUSE + "</p></body></html>")
            .getBytes(StandardCharsets.ISO_8859_1)), INDEXED));
    out.add(Hostile.of("deep-groups.rtf", "RTF groups opened 100,000 deep and never closed",
        f -> TextCrafts.utf8(f, TextCrafts.rtfDeepGroups(100_000)), INDEXED, FAILED, EMPTY));
    out.add(Hostile.of("huge-bin.rtf", "an RTF binary run claiming 2 GB",
        f -> TextCrafts.utf8(f, "{\\rtf1\\ansi SERVICES AGREEMENT {\\bin2000000000 abc} " + TextCrafts.CLAUSE + "}"), INDEXED, FAILED, EMPTY));
    out.add(Hostile.of("billion-laughs.xml", "XML whose entity expands to a billion words", f -> TextCrafts.utf8(f,
        "<?xml version=\"1.0\"?>" + ArchiveCrafts.billionLaughsDoctype("contract") + "<contract>&lol10;</contract>"),
        FAILED, EMPTY, UNSUPPORTED));
    out.add(Hostile.of("external-entity.svg", "an SVG whose entity reads /etc/passwd", f -> TextCrafts.utf8(f,
        "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
            + "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&secret;</text></svg>"), FAILED, EMPTY, UNSUPPORTED, INDEXED));
  }

  private static void images(List<Hostile> out) throws IOException {
    byte[] jpeg = Files.readAllBytes(Fixtures.hostile("jpeg-named.pdf"));
    out.add(Hostile.of("huge.png", "a PNG claiming 50,000 x 50,000 pixels, all present", f -> TextCrafts.hugePng(f, 50_000),
        UNSUPPORTED, NEEDS_OCR, FAILED, EMPTY));
    out.add(Hostile.of("huge-header.jpg", "a JPEG whose header claims 65,000 x 65,000 pixels",
        f -> TextCrafts.hugeJpeg(f, jpeg), UNSUPPORTED, NEEDS_OCR, FAILED, EMPTY));
  }

  /** Statuses a file may get when the same bytes were already met in the run. */
  static boolean allows(Hostile h, org.pactum.extractor.model.DocumentStatus status) {
    return h.allowed().contains(status) || (status == DUPLICATE && h.allowed().contains(INDEXED));
  }
}
