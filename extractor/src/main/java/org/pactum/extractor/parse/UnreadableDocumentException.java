package org.pactum.extractor.parse;

import org.pactum.extractor.model.DocumentStatus;

/** A file that could not be read: corrupt, truncated, too slow or too large to parse. */
public final class UnreadableDocumentException extends DocumentException {

  public UnreadableDocumentException(String message) {
    super(message);
  }

  public UnreadableDocumentException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public DocumentStatus status() {
    return DocumentStatus.FAILED;
  }
}
