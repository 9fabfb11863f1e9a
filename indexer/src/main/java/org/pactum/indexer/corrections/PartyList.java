package org.pactum.indexer.corrections;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The parties as a person writes them when correcting: {@code Name (Alias); Other Name (Other Alias)},
 * an alias optional, quotes around it allowed. One line of text, so the same form works in the web
 * app's prompt, the API and the command line.
 */
public final class PartyList {

  /** One corrected party. */
  public record Entry(String name, @Nullable String alias) {}

  static final int MAX_PARTIES = 20;
  private static final Pattern ONE = Pattern.compile("(?s)(.+?)\\s*(?:\\(\\s*[\"“”']?([^()\"“”']+?)[\"“”']?\\s*\\))?");

  private PartyList() {}

  /** @throws IllegalArgumentException with what was expected */
  public static List<Entry> parse(String value) {
    List<Entry> out = new ArrayList<>();
    for (String part : value.split("[;\\n]")) {
      String p = part.strip();
      if (p.isEmpty()) {
        continue;
      }
      Matcher m = ONE.matcher(p);
      if (!m.matches() || m.group(1).isBlank() || m.group(1).contains("(") || m.group(1).contains(")")) {
        throw new IllegalArgumentException("parties are written Name (Alias); Other Name (Other Alias): " + p);
      }
      out.add(new Entry(m.group(1).strip(), m.group(2) == null ? null : m.group(2).strip()));
    }
    if (out.isEmpty() || out.size() > MAX_PARTIES) {
      throw new IllegalArgumentException("give 1 to " + MAX_PARTIES + " parties, written Name (Alias); Other Name (Other Alias)");
    }
    return out;
  }

  /** The one way a list is written back. */
  public static String format(List<Entry> parties) {
    return String.join("; ", parties.stream()
        .map(p -> p.alias() == null ? p.name() : p.name() + " (" + p.alias() + ")").toList());
  }
}
