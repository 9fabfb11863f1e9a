package org.pactum.indexer.dates;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Which key dates to list, as of a day.
 *
 * @param withinDays only dates from today up to this many days ahead; null for no window
 * @param expired only contracts that have expired: expiration dates before today
 * @param autoRenews only dates of contracts that renew themselves
 * @param kinds only these kinds; empty for all
 */
public record DateQuery(LocalDate today, @Nullable Integer withinDays, boolean expired, boolean autoRenews, Set<KeyDate.Kind> kinds) {

  private static final Pattern WINDOW = Pattern.compile("(\\d{1,5})\\s*([dwmy]?)");

  public DateQuery {
    kinds = Set.copyOf(kinds);
  }

  public static DateQuery all(LocalDate today) {
    return new DateQuery(today, null, false, false, Set.of());
  }

  /**
   * A window such as {@code 90d}, {@code 12w}, {@code 6m}, {@code 1y} or {@code 30} (days), in days
   * from the given day.
   */
  public static int parseWindow(String window, LocalDate today) {
    Matcher m = WINDOW.matcher(window == null ? "" : window.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException("within must be a number of days, weeks, months or years, such as 90d, 12w, 6m or 1y: " + window);
    }
    int n = Integer.parseInt(m.group(1));
    LocalDate until = switch (m.group(2)) {
      case "w" -> today.plusWeeks(n);
      case "m" -> today.plusMonths(n);
      case "y" -> today.plusYears(n);
      default -> today.plusDays(n);
    };
    return (int) (until.toEpochDay() - today.toEpochDay());
  }

  public boolean matches(KeyDate date) {
    if (!kinds.isEmpty() && !kinds.contains(date.kind())) {
      return false;
    }
    if (autoRenews && !date.autoRenews()) {
      return false;
    }
    if (expired && !(date.kind() == KeyDate.Kind.EXPIRATION && date.isPast(today))) {
      return false;
    }
    return withinDays == null || (!date.isPast(today) && !date.date().isAfter(today.plusDays(withinDays)));
  }

  /** The matching dates, soonest first. */
  public List<KeyDate> select(List<KeyDate> dates) {
    return dates.stream().filter(this::matches)
        .sorted(Comparator.comparing(KeyDate::date).thenComparing(KeyDate::uid))
        .toList();
  }
}
