package org.pactum.extractor.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.DefaultEncodingDetector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PDF;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.pactum.extractor.model.ParsedDocument;
import org.xml.sax.SAXException;

/**
 * Parses with Apache Tika (PDFBox for PDF, POI for Word, Tika's own RTF, ODF and HTML parsers) in
 * this process. Pages without a text layer are OCRed by tesseract when it is installed. Use it
 * behind {@link IsolatedParser} when a hostile file must not be able to hang or crash the caller.
 */
public final class TikaDocumentParser implements DocumentParser {

  private static final Set<String> DOCUMENT_TYPES =
      Set.of(
          "application/pdf",
          "application/msword",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.template",
          "application/vnd.ms-word.document.macroenabled.12",
          "application/rtf",
          "application/vnd.oasis.opendocument.text",
          "application/vnd.oasis.opendocument.text-template",
          "application/xhtml+xml");

  private static final Set<String> IMAGE_TYPES = Set.of("image/png", "image/jpeg", "image/tiff");

  private static final int MAX_METADATA_VALUE = 500;

  private final ParseSettings settings;
  private final AutoDetectParser parser;
  private final Detector detector;
  private final MimeTypes mimeTypes;

  public TikaDocumentParser(ParseSettings settings) {
    this.settings = settings;
    TikaConfig config = TikaConfig.getDefaultConfig();
    this.parser = new AutoDetectParser(config);
    this.detector = config.getDetector();
    this.mimeTypes = config.getMimeRepository();
  }

  @Override
  public ParsedDocument parse(Path file, String fileName) throws DocumentException {
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new UnreadableDocumentException("cannot read the file: " + e.getMessage(), e);
    }
    if (size == 0) {
      throw new EmptyDocumentException("the file has no bytes");
    }
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
    PageTextHandler handler = new PageTextHandler(settings.maxTextChars());
    String type;
    try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
      type = detector.detect(in, metadata).getBaseType().toString();
      checkSupported(type, fileName);
      parser.parse(in, handler, metadata, context(type));
    } catch (DocumentException e) {
      throw e;
    } catch (org.apache.tika.exception.EncryptedDocumentException e) {
      throw new EncryptedDocumentException("the file is password protected", e);
    } catch (ZeroByteFileException e) {
      throw new EmptyDocumentException("the file has no bytes", e);
    } catch (SAXException e) {
      if (e instanceof PageTextHandler.TextLimitException || WriteLimitReachedException.isWriteLimitReached(e)) {
        throw new UnreadableDocumentException("too large: " + e.getMessage(), e);
      }
      throw new UnreadableDocumentException("malformed content: " + rootMessage(e), e);
    } catch (TikaException e) {
      if (causedByEncryption(e)) {
        throw new EncryptedDocumentException("the file is password protected", e);
      }
      if (rootMessage(e).contains("Suspected zip bomb")) {
        // Tika's guard against content that nests too deep or expands too far
        throw new UnreadableDocumentException("refused as a possible decompression bomb: " + rootMessage(e), e);
      }
      throw new UnreadableDocumentException("corrupt or truncated: " + rootMessage(e), e);
    } catch (IOException e) {
      throw new UnreadableDocumentException("cannot read the file: " + rootMessage(e), e);
    } catch (RuntimeException | StackOverflowError e) {
      throw new UnreadableDocumentException("the parser broke on this file: " + rootMessage(e), e);
    }
    return result(file, type, handler, metadata);
  }

  private ParsedDocument result(Path file, String type, PageTextHandler handler, Metadata metadata)
      throws DocumentException {
    String text = handler.text();
    var pages = handler.pages();
    Integer ocrCount = metadata.getInt(PDF.OCR_PAGE_COUNT);
    int ocrPages = ocrCount == null ? 0 : ocrCount;
    boolean ocrable = type.equals("application/pdf") || IMAGE_TYPES.contains(type);
    long visible = text.chars().filter(c -> !Character.isWhitespace(c)).count();
    if (type.equals("application/pdf") && visible < 20L * pages.pageCount() && !hasPdfTrailer(file)) {
      throw new UnreadableDocumentException("corrupt or truncated: the PDF has no end-of-file marker and no readable text");
    }
    if (ocrable && !canOcr(type) && visible < 20L * pages.pageCount()) {
      throw new NeedsOcrException(
          "no text layer on "
              + (pages.pageCount() == 1 ? "its page" : "its " + pages.pageCount() + " pages")
              + (settings.ocr()
                  ? ", and OCR is not available: " + OcrEngine.howToEnable()
                  : ", and OCR is switched off for this run"));
    }
    if (visible == 0) {
      throw new EmptyDocumentException(ocrable ? "no text found, even by OCR" : "the document has no text");
    }
    return new ParsedDocument(type, text, pages, keep(metadata), ocrPages);
  }

  /** Whether the last kilobyte holds the {@code %%EOF} marker every complete PDF ends with. */
  private static boolean hasPdfTrailer(Path file) {
    try (var channel = java.nio.channels.FileChannel.open(file)) {
      long size = channel.size();
      int tail = (int) Math.min(1024, size);
      java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(tail);
      channel.read(buffer, size - tail);
      return new String(buffer.array(), 0, buffer.position(), java.nio.charset.StandardCharsets.ISO_8859_1).contains("%%EOF");
    } catch (IOException e) {
      return false;
    }
  }

  private void checkSupported(String type, String fileName) throws DocumentException {
    if (DOCUMENT_TYPES.contains(type) || type.startsWith("text/")) {
      return;
    }
    String ext = extension(fileName);
    if (IMAGE_TYPES.contains(type) && typeOfExtension(ext).equals(type)) {
      return;
    }
    String named = typeOfExtension(ext);
    if (!ext.isEmpty() && !named.equals(type) && !named.equals("application/octet-stream")) {
      throw new UnsupportedFormatException(
          "the name says ." + ext + " but the content is " + type + "; not a document Pactum reads");
    }
    throw new UnsupportedFormatException("content type " + type + " is not a document Pactum reads");
  }

  private static final EncodingDetector ENCODINGS = new Utf8FirstEncodingDetector(new DefaultEncodingDetector());

  private ParseContext context(String type) {
    boolean ocr = canOcr(type);
    ParseContext context = new ParseContext();
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setExtractInlineImages(false);
    pdf.setCatchIntermediateIOExceptions(true);
    pdf.setOcrStrategy(ocr ? PDFParserConfig.OCR_STRATEGY.AUTO : PDFParserConfig.OCR_STRATEGY.NO_OCR);
    pdf.setOcrDPI(settings.ocrDpi());
    context.set(PDFParserConfig.class, pdf);
    TesseractOCRConfig tesseract = new TesseractOCRConfig();
    tesseract.setLanguage(settings.ocrLanguage());
    tesseract.setSkipOcr(!ocr);
    tesseract.setTimeoutSeconds((int) Math.max(10, settings.timeout().toSeconds()));
    context.set(TesseractOCRConfig.class, tesseract);
    // the PDF parser finds the OCR parser through the context
    context.set(Parser.class, parser);
    // text and HTML parsers take their encoding detector from the context
    context.set(EncodingDetector.class, ENCODINGS);
    return context;
  }

  private boolean canOcr(String type) {
    return settings.ocr()
        && (type.equals("application/pdf") || IMAGE_TYPES.contains(type))
        && OcrEngine.available();
  }

  private String typeOfExtension(String ext) {
    if (ext.isEmpty()) {
      return "application/octet-stream";
    }
    Metadata byName = new Metadata();
    byName.set(TikaCoreProperties.RESOURCE_NAME_KEY, "file." + ext);
    try {
      return mimeTypes.detect(null, byName).getBaseType().toString();
    } catch (IOException e) {
      return "application/octet-stream";
    }
  }

  private static String extension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
    return dot > slash && dot < fileName.length() - 1
        ? fileName.substring(dot + 1).toLowerCase(Locale.ROOT)
        : "";
  }

  private static Map<String, String> keep(Metadata metadata) {
    Map<String, String> kept = new TreeMap<>();
    for (String name : metadata.names()) {
      String value = metadata.get(name);
      if (value != null && !value.isBlank() && value.length() <= MAX_METADATA_VALUE && kept.size() < 200) {
        kept.put(name, value);
      }
    }
    return kept;
  }

  private static boolean causedByEncryption(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof org.apache.tika.exception.EncryptedDocumentException
          || t.getClass().getSimpleName().equals("InvalidPasswordException")) {
        return true;
      }
    }
    return false;
  }

  static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
