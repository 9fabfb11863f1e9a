package org.pactum.indexer.search;

import java.time.LocalDate;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.pactum.indexer.dates.RenewalKind;

/**
 * A search over contracts or over their clauses.
 *
 * @param query Lucene query syntax; blank lists everything in scope
 * @param scope whether the hits are contracts or clauses
 * @param filters what the hits must be (clause category, party, governing law, type, date range)
 * @param sort by relevance (an empty query lists newest first), by the contract's date, newest first,
 *     or, for the clauses of one category, by how far each strays from the category's standard wording,
 *     most unusual first
 * @param offset how many hits to skip
 * @param limit how many hits to return, at most {@link #MAX_LIMIT}
 */
public record SearchRequest(String query, Scope scope, Filters filters, Sort sort, int offset, int limit) {

  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 1000;

  /** What a hit is. */
  public enum Scope {
    CONTRACTS, CLAUSES;

    /** {@code contracts} or {@code clauses}, in any case. */
    public static Scope parse(String text) {
      return parseEnum(Scope.class, "scope", text);
    }
  }

  /** The order of the hits. */
  public enum Sort {
    RELEVANCE, DATE, DEVIATION;

    /** {@code relevance}, {@code date} or {@code deviation}, in any case. */
    public static Sort parse(String text) {
      return parseEnum(Sort.class, "sort", text);
    }
  }

  private static <E extends Enum<E>> E parseEnum(Class<E> type, String name, String text) {
    for (E value : type.getEnumConstants()) {
      if (value.name().equalsIgnoreCase(text.strip())) {
        return value;
      }
    }
    throw new IllegalArgumentException(name + " must be one of " + java.util.Arrays.stream(type.getEnumConstants())
        .map(e -> e.name().toLowerCase(java.util.Locale.ROOT)).toList() + ": " + text);
  }

  /**
   * A date bound as written in a request: {@code 2021-03-31}, {@code 2021-03} or {@code 2021}; a
   * month or a year starts on its first day as a lower bound and ends on its last as an upper one.
   */
  public static LocalDate dateBound(String text, boolean upper) {
    String t = text.strip();
    try {
      if (t.matches("\\d{4}")) {
        int year = Integer.parseInt(t);
        return upper ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
      }
      if (t.matches("\\d{4}-\\d{2}")) {
        java.time.YearMonth month = java.time.YearMonth.parse(t);
        return upper ? month.atEndOfMonth() : month.atDay(1);
      }
      return LocalDate.parse(t);
    } catch (java.time.DateTimeException e) {
      throw new IllegalArgumentException("not a date (YYYY-MM-DD, YYYY-MM or YYYY): " + text);
    }
  }

  /**
   * Narrowing a search; each field may be null. In the contracts scope a category keeps the contracts
   * that have a clause of that category, and the query must then match inside such a clause.
   *
   * @param category a clause category, e.g. {@code Cap on Liability} (case is ignored)
   * @param party words of a party's name or short name, e.g. {@code acme}
   * @param law a governing law by name or code: {@code New York} or {@code US-NY}
   * @param type a contract type as the type facet names it, e.g. {@code Supply}
   * @param from the contract's date (effective, else agreement) on or after this
   * @param to the contract's date on or before this
   * @param minAmount only contracts naming a sum of money of at least this much, in whatever currency the
   *     contract uses (no conversion)
   * @param tag only contracts carrying this tag (case is ignored)
   * @param review only contracts with a value in this review state, written {@code field:state}:
   *     {@code expirationDate:extracted} is "expiry dates no one has checked"
   * @param renewal only contracts that renew this way: {@code automatic} (unless notice is given) or {@code option to
   *     extend} (case is ignored)
   * @param notice only contracts whose notice to stop a renewal is this long, in words as the facet writes it ({@code 90
   *     days}, {@code 3 months}) or as ISO-8601 ({@code P90D})
   */
  public record Filters(
      @Nullable String category, @Nullable String party, @Nullable String law, @Nullable String type,
      @Nullable LocalDate from, @Nullable LocalDate to, @Nullable Long minAmount, @Nullable String tag,
      @Nullable String review, @Nullable String renewal, @Nullable String notice) {

    public static final Filters NONE = new Filters(null, null, null, null, null, null, null, null, null, null, null);

    /** Filters without an amount or a tag. */
    public Filters(@Nullable String category, @Nullable String party, @Nullable String law, @Nullable String type,
        @Nullable LocalDate from, @Nullable LocalDate to) {
      this(category, party, law, type, from, to, null, null, null, null, null);
    }

    /** The same filters, keeping only contracts with this tag; a blank tag is no filter. */
    public Filters withTag(@Nullable String tag) {
      return new Filters(category, party, law, type, from, to, minAmount, tag, review, renewal, notice);
    }

    /** The same filters, keeping only contracts with a value in this review state ({@code field:state}); blank is no filter. */
    public Filters withReview(@Nullable String review) {
      return new Filters(category, party, law, type, from, to, minAmount, tag, review, renewal, notice);
    }

    /**
     * The same filters, keeping only contracts that renew this way ({@code automatic}, {@code option to extend}) and
     * whose notice against renewal is this long ({@code 90 days}, {@code P90D}); blanks are no filter.
     */
    public Filters withRenewal(@Nullable String renewal, @Nullable String notice) {
      return new Filters(category, party, law, type, from, to, minAmount, tag, review, renewal, notice);
    }

    /** The filters as a request writes them, dates as {@link #dateBound} reads them; blanks are no filter. */
    public static Filters of(@Nullable String category, @Nullable String party, @Nullable String law,
        @Nullable String type, @Nullable String from, @Nullable String to) {
      return of(category, party, law, type, from, to, null);
    }

    /** The same, with a minimum amount as written: {@code 100000}, {@code 1,000,000}, {@code 250k}, {@code 2m}. */
    public static Filters of(@Nullable String category, @Nullable String party, @Nullable String law,
        @Nullable String type, @Nullable String from, @Nullable String to, @Nullable String minAmount) {
      return new Filters(category, party, law, type,
          from == null || from.isBlank() ? null : dateBound(from, false),
          to == null || to.isBlank() ? null : dateBound(to, true),
          minAmount == null || minAmount.isBlank() ? null : amount(minAmount), null, null, null, null);
    }

    /** A whole amount: digits with optional thousands separators, and k or m for thousands or millions. */
    static long amount(String text) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)(\\d[\\d,_]*)(?:\\.\\d+)?\\s*([km])?")
          .matcher(text.strip());
      if (!m.matches()) {
        throw new IllegalArgumentException("minAmount must be a whole amount such as 100000, 1,000,000, 250k or 2m: " + text);
      }
      try {
        long value = Long.parseLong(m.group(1).replace(",", "").replace("_", ""));
        long scale = m.group(2) == null ? 1 : m.group(2).equalsIgnoreCase("k") ? 1_000 : 1_000_000;
        return Math.multiplyExact(value, scale);
      } catch (NumberFormatException | ArithmeticException e) {
        throw new IllegalArgumentException("minAmount is too large: " + text);
      }
    }

    public Filters {
      category = blankToNull(category);
      party = blankToNull(party);
      law = blankToNull(law);
      type = blankToNull(type);
      tag = blankToNull(tag);
      review = blankToNull(review);
      renewal = blankToNull(renewal);
      notice = blankToNull(notice);
      if (renewal != null && !isRenewalKind(renewal)) {
        throw new IllegalArgumentException("renewal is automatic or option to extend: " + renewal);
      }
      if (review != null && !review.matches("[A-Za-z]+:(extracted|verified|corrected)")) {
        throw new IllegalArgumentException("review is written field:state, the state extracted, verified or corrected,"
            + " e.g. expirationDate:extracted: " + review);
      }
      if (from != null && to != null && from.isAfter(to)) {
        throw new IllegalArgumentException("from " + from + " is after to " + to);
      }
    }

    private static boolean isRenewalKind(String renewal) {
      return Arrays.stream(RenewalKind.values()).anyMatch(k -> k.label().equalsIgnoreCase(renewal));
    }

    private static @Nullable String blankToNull(@Nullable String s) {
      return s == null || s.isBlank() ? null : s.strip();
    }
  }

  public SearchRequest {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative: " + offset);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ": " + limit);
    }
    if (sort == Sort.DEVIATION && (scope != Scope.CLAUSES || filters.category() == null)) {
      throw new IllegalArgumentException("sort=deviation ranks the clauses of one type against its standard wording:"
          + " give scope=clauses and a category");
    }
    query = query.strip();
  }

  /** Contracts matching {@code query}, by relevance, first page. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, Scope.CONTRACTS, Filters.NONE, Sort.RELEVANCE, 0, DEFAULT_LIMIT);
  }

  /** Contracts matching {@code query}, by relevance, one page. */
  public static SearchRequest page(String query, int offset, int limit) {
    return new SearchRequest(query, Scope.CONTRACTS, Filters.NONE, Sort.RELEVANCE, offset, limit);
  }

  public SearchRequest withScope(Scope newScope) {
    return new SearchRequest(query, newScope, filters, sort, offset, limit);
  }

  public SearchRequest withFilters(Filters newFilters) {
    return new SearchRequest(query, scope, newFilters, sort, offset, limit);
  }

  public SearchRequest withSort(Sort newSort) {
    return new SearchRequest(query, scope, filters, newSort, offset, limit);
  }
}
