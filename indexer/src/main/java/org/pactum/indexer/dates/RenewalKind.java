package org.pactum.indexer.dates;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.pactum.extractor.model.ExtractedPeriod;
import org.pactum.extractor.model.Extraction;

/**
 * How a contract goes on after its term, as its extracted values say: by itself unless notice is given, or only when
 * a party chooses to extend it. The key dates and the search filter read it from here, so they cannot disagree.
 */
public enum RenewalKind {
  /** It renews for a stated length unless notice is given, or goes on unless notice is given and states no length. */
  AUTOMATIC("automatic"),
  /** A party may extend it; it does not renew by itself. */
  OPTION("option to extend");

  private final String label;

  RenewalKind(String label) {
    this.label = label;
  }

  /** The name the search filter and facet use. */
  public String label() {
    return label;
  }

  /**
   * The contract's renewal, or none where it states neither a renewal length nor a notice to stop one. Records written
   * before automatic and optional renewals were told apart count as automatic.
   */
  public static Optional<RenewalKind> of(Extraction e) {
    if (positive(e.renewalTerm())) {
      return Optional.of(Boolean.FALSE.equals(e.autoRenewal()) ? OPTION : AUTOMATIC);
    }
    return e.renewalTerm() == null && positive(e.noticePeriod()) ? Optional.of(AUTOMATIC) : Optional.empty();
  }

  /**
   * Whether the contract renews by itself ({@code true}) or only when a party extends it ({@code false}); null where it
   * states neither. What the exports and the party table call {@code autoRenewal}.
   */
  public static @Nullable Boolean automatic(Extraction e) {
    return of(e).map(k -> k == AUTOMATIC).orElse(null);
  }

  /** Whether a renewal term or a notice period is there and longer than nothing. */
  public static boolean positive(@Nullable ExtractedPeriod period) {
    return period != null && !period.period().isZero() && !period.period().isNegative();
  }
}
