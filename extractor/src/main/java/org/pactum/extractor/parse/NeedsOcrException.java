package org.pactum.extractor.parse;

import org.pactum.extractor.model.DocumentStatus;

/** A scanned document without a text layer, with no OCR engine to read it. */
public final class NeedsOcrException extends DocumentException {

  public NeedsOcrException(String message) {
    super(message);
  }

  public NeedsOcrException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public DocumentStatus status() {
    return DocumentStatus.NEEDS_OCR;
  }
}
