package org.pactum.extractor.model;

import org.jspecify.annotations.Nullable;

/**
 * Where disputes are heard: the courts a contract submits to, or the seat of its arbitration.
 *
 * @param place the place as the contract names it, tidied: {@code Los Angeles County, California}
 * @param code an ISO 3166 code for the jurisdiction holding it, e.g. {@code US-CA}; null when the place names none
 * @param forum {@code courts} or {@code arbitration}
 * @param source where the contract says so
 */
public record Venue(String place, @Nullable String code, String forum, Provenance source) {

  public static final String COURTS = "courts";
  public static final String ARBITRATION = "arbitration";
}
