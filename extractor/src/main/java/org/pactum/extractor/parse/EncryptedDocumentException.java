package org.pactum.extractor.parse;

import org.pactum.extractor.model.DocumentStatus;

/** The file is password protected. */
public final class EncryptedDocumentException extends DocumentException {

  public EncryptedDocumentException(String message) {
    super(message);
  }

  public EncryptedDocumentException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public DocumentStatus status() {
    return DocumentStatus.ENCRYPTED;
  }
}
