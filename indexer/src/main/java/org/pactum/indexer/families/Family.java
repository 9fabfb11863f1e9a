package org.pactum.indexer.families;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An agreement and the documents that modify it, in order, with the terms in force after them.
 *
 * @param base the agreement modified; null when the documents name an agreement the repository lacks
 * @param baseName the agreement's name as the modifying documents give it
 * @param baseDate its date as they give it
 * @param members the base first (when present), then the modifying documents in order
 * @param effectiveTerms each term as the latest document that states it leaves it
 */
public record Family(@Nullable Member base, String baseName, @Nullable LocalDate baseDate, List<Member> members,
    List<EffectiveTerm> effectiveTerms) {

  /**
   * One document of a family.
   *
   * @param kind {@code agreement} for the base, else how it modifies it ({@code amendment}, {@code statement of work}...)
   * @param number its number in its series, when written
   * @param start offset of the words that link it to the base (0 when its title does)
   */
  public record Member(String contractId, String title, String fileName, String kind, @Nullable Integer number,
      @Nullable LocalDate date, int start, int end) {}

  /**
   * A term after the amendments: its value, the document and words that set it, and what it replaced.
   *
   * @param field {@code expirationDate}, {@code renewalTerm}, {@code noticePeriod}, {@code governingLaw}, {@code paymentTerms}
   * @param replaced the value it replaced and where that was set, when an amendment changed it
   */
  public record EffectiveTerm(String field, String value, String contractId, String title, int page, int start, int end,
      @Nullable String replaced) {}
}
