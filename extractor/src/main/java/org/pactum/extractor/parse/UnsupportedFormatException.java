package org.pactum.extractor.parse;

import org.pactum.extractor.model.DocumentStatus;

/** A file type Pactum does not read. */
public final class UnsupportedFormatException extends DocumentException {

  public UnsupportedFormatException(String message) {
    super(message);
  }

  public UnsupportedFormatException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public DocumentStatus status() {
    return DocumentStatus.UNSUPPORTED;
  }
}
