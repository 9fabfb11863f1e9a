package org.pactum.indexer.review;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How far a person has checked an extracted value. */
public enum ReviewState {
  /** As extraction found it; nobody has looked. */
  EXTRACTED,
  /** A person confirmed the value as extracted. */
  VERIFIED,
  /** A person replaced the value. */
  CORRECTED;

  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
