package org.pactum.bench.ingest;

import java.nio.file.Path;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.pactum.bench.ParallelFiles;

/**
 * Tika's text extraction with nothing around it: AutoDetectParser into a BodyContentHandler, in
 * this process, OCR off. The baseline a full ingest is measured against.
 */
final class BareTika implements ParallelFiles.Task {

  private final AutoDetectParser parser = new AutoDetectParser();

  @Override
  public ParallelFiles.Text read(Path file) {
    Metadata metadata = new Metadata();
    BodyContentHandler text = new BodyContentHandler(-1);
    try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
      parser.parse(in, text, metadata, context());
    } catch (Exception e) {
      return ParallelFiles.Text.NOTHING; // counted as a file, as the other passes count it
    }
    Integer pages = metadata.getInt(PagedText.N_PAGES);
    return new ParallelFiles.Text(pages == null ? 0 : pages, text.toString().length());
  }

  private ParseContext context() {
    ParseContext context = new ParseContext();
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
    context.set(PDFParserConfig.class, pdf);
    TesseractOCRConfig tesseract = new TesseractOCRConfig();
    tesseract.setSkipOcr(true);
    context.set(TesseractOCRConfig.class, tesseract);
    context.set(Parser.class, parser);
    return context;
  }
}
