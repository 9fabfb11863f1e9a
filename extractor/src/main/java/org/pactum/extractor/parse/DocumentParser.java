package org.pactum.extractor.parse;

import java.nio.file.Path;
import org.pactum.extractor.model.ParsedDocument;

/** One step of the pipeline: a file on disk to its text, pages and metadata. */
@FunctionalInterface
public interface DocumentParser {

  /**
   * Parses {@code file}.
   *
   * @param file the bytes to parse
   * @param fileName the name the user knows the file by (its extension is a hint, never trusted)
   * @throws DocumentException when the file cannot become searchable text; says which status it gets
   */
  ParsedDocument parse(Path file, String fileName) throws DocumentException;
}
