package org.pactum.extractor.parse;

import org.pactum.extractor.model.DocumentStatus;

/** A document that cannot be turned into searchable text; says which status the file ends with. */
public abstract class DocumentException extends Exception {

  protected DocumentException(String message) {
    super(message);
  }

  protected DocumentException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The status the file ends with. */
  public abstract DocumentStatus status();

  /** Rebuilds the exception a parse worker reported, from its status and message. */
  public static DocumentException of(DocumentStatus status, String message) {
    return switch (status) {
      case ENCRYPTED -> new EncryptedDocumentException(message);
      case NEEDS_OCR -> new NeedsOcrException(message);
      case UNSUPPORTED -> new UnsupportedFormatException(message);
      case EMPTY -> new EmptyDocumentException(message);
      default -> new UnreadableDocumentException(message);
    };
  }
}
