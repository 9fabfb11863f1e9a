package org.pactum.bench.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Many distinct documents from a few: the n-th is source {@code n % sources} with a header naming
 * its copy number, a reference, a date and an amount of its own, and its first year and first
 * dollar amount changed, so no two are byte-identical and ingest stores every one (a duplicate
 * would be skipped, and prove nothing about memory).
 */
final class VariedCopies {

  private static final Pattern YEAR = Pattern.compile("\\b(19[5-9]\\d|20[0-2]\\d)\\b");
  private static final Pattern DOLLARS = Pattern.compile("\\$\\s?(\\d{1,3}(?:,\\d{3})*)");
  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
      "September", "October", "November", "December"};

  private final List<Path> sources;

  VariedCopies(List<Path> sources) {
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("no source documents");
    }
    this.sources = sources;
  }

  /** Writes copies 0 to count-1 into {@code target}, a folder per copy round; returns their total bytes. */
  long write(Path target, int count) throws IOException {
    long bytes = 0;
    String[] texts = new String[sources.size()];
    for (int n = 0; n < count; n++) {
      int s = n % sources.size();
      if (texts[s] == null) {
        texts[s] = Files.readString(sources.get(s), StandardCharsets.UTF_8);
      }
      Path file = target.resolve(String.format(Locale.ROOT, "copy-%03d", n / sources.size())).resolve(sources.get(s).getFileName());
      Files.createDirectories(file.getParent());
      byte[] copy = varied(texts[s], n).getBytes(StandardCharsets.UTF_8);
      Files.write(file, copy);
      bytes += copy.length;
    }
    return bytes;
  }

  static String varied(String text, int n) {
    int year = 1995 + n % 30;
    String header = String.format(Locale.ROOT,
        "Copy %d. Reference PX-%06d. Dated %s %d, %d. Deposit of $%,d.%n%n", n, n, MONTHS[n % 12], 1 + n % 28, year,
        1_000 + 37L * n);
    String body = YEAR.matcher(text).replaceFirst(Integer.toString(year));
    body = DOLLARS.matcher(body).replaceFirst(Matcher.quoteReplacement(String.format(Locale.ROOT, "$%,d", 5_000 + 11L * n)));
    return header + body;
  }
}
