package org.pactum.extractor.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The final status of one ingested file. */
public enum DocumentStatus {
  /** Parsed, stored and searchable. */
  INDEXED("indexed"),
  /** The same bytes are already stored; nothing changed. */
  DUPLICATE("duplicate"),
  /** A scanned document without a text layer, and no OCR engine is available. Stored, not searchable. */
  NEEDS_OCR("needs-ocr"),
  /** Password protected: cannot be read without the password. Stored, not searchable. */
  ENCRYPTED("encrypted"),
  /** Not a format Pactum reads (an image, a binary, a mislabelled file). Not stored. */
  UNSUPPORTED("unsupported"),
  /** No bytes, or no text at all. Not stored. */
  EMPTY("empty"),
  /** Could not be read: corrupt, truncated, too slow, too big, or unsafe. Not stored. */
  FAILED("failed");

  private final String label;

  DocumentStatus(String label) {
    this.label = label;
  }

  @JsonValue
  public String label() {
    return label;
  }

  /** Whether a file with this status ends up with a stored record. */
  public boolean stored() {
    return this == INDEXED || this == NEEDS_OCR || this == ENCRYPTED;
  }

  /** Whether this status counts as a success for the exit code of a bulk run. */
  public boolean ok() {
    return this == INDEXED || this == DUPLICATE;
  }

  @JsonCreator
  public static DocumentStatus fromLabel(String label) {
    for (DocumentStatus s : values()) {
      if (s.label.equals(label) || s.name().equalsIgnoreCase(label)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown document status: " + label);
  }

  @Override
  public String toString() {
    return label;
  }
}
