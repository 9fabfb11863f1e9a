package org.pactum.extractor.parse;

import org.pactum.extractor.model.DocumentStatus;

/** A file with no bytes or no text. */
public final class EmptyDocumentException extends DocumentException {

  public EmptyDocumentException(String message) {
    super(message);
  }

  public EmptyDocumentException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public DocumentStatus status() {
    return DocumentStatus.EMPTY;
  }
}
