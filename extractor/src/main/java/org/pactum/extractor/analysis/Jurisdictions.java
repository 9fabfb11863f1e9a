package org.pactum.extractor.analysis;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Names of jurisdictions as contracts write them, mapped to a usual name and an ISO 3166 code. */
public final class Jurisdictions {

  /** A jurisdiction: its usual name and code. */
  public record Jurisdiction(String name, String code) {}

  private static final Map<String, Jurisdiction> BY_NAME = new LinkedHashMap<>();
  /** The apostrophes a text layer may give, for a character class: "People's", "People’s", "People`s", "People´s". */
  static final String APOSTROPHES = "'\u2019\u2018`\u00B4";
  /** An apostrophe as a text layer may give it, with any spaces around it: "People`s", "People ’s", "People' s". */
  private static final Pattern APOSTROPHE = Pattern.compile("\\s*[" + APOSTROPHES + "]\\s*(?=s\\b)");
  /** "of" run together with the name after it, where a text layer lost the space: "Republic ofChina". */
  private static final Pattern OF_RUN_ON = Pattern.compile("\\bof(?=\\p{Lu})");

  private static void add(String code, String name, String... aliases) {
    Jurisdiction j = new Jurisdiction(name, code);
    BY_NAME.put(name.toLowerCase(Locale.ROOT), j);
    for (String alias : aliases) {
      BY_NAME.put(alias.toLowerCase(Locale.ROOT), j);
    }
  }

  static {
    String[][] states = {
      {"AL", "Alabama"}, {"AK", "Alaska"}, {"AZ", "Arizona"}, {"AR", "Arkansas"}, {"CA", "California"},
      {"CO", "Colorado"}, {"CT", "Connecticut"}, {"DE", "Delaware"}, {"FL", "Florida"}, {"GA", "Georgia"},
      {"HI", "Hawaii"}, {"ID", "Idaho"}, {"IL", "Illinois"}, {"IN", "Indiana"}, {"IA", "Iowa"},
      {"KS", "Kansas"}, {"KY", "Kentucky"}, {"LA", "Louisiana"}, {"ME", "Maine"}, {"MD", "Maryland"},
      {"MA", "Massachusetts"}, {"MI", "Michigan"}, {"MN", "Minnesota"}, {"MS", "Mississippi"},
      {"MO", "Missouri"}, {"MT", "Montana"}, {"NE", "Nebraska"}, {"NV", "Nevada"}, {"NH", "New Hampshire"},
      {"NJ", "New Jersey"}, {"NM", "New Mexico"}, {"NY", "New York"}, {"NC", "North Carolina"},
      {"ND", "North Dakota"}, {"OH", "Ohio"}, {"OK", "Oklahoma"}, {"OR", "Oregon"}, {"PA", "Pennsylvania"},
      {"RI", "Rhode Island"}, {"SC", "South Carolina"}, {"SD", "South Dakota"}, {"TN", "Tennessee"},
      {"TX", "Texas"}, {"UT", "Utah"}, {"VT", "Vermont"}, {"VA", "Virginia"}, {"WA", "Washington"},
      {"WV", "West Virginia"}, {"WI", "Wisconsin"}, {"WY", "Wyoming"}, {"DC", "District of Columbia"}
    };
    for (String[] s : states) {
      add("US-" + s[0], s[1]);
    }
    String[][] provinces = {
      {"ON", "Ontario"}, {"QC", "Quebec"}, {"BC", "British Columbia"}, {"AB", "Alberta"},
      {"MB", "Manitoba"}, {"SK", "Saskatchewan"}, {"NS", "Nova Scotia"}, {"NB", "New Brunswick"}
    };
    for (String[] p : provinces) {
      // named with their country, as a reader outside Canada needs them ("Ontario, Canada")
      add("CA-" + p[0], p[1] + ", Canada", p[1]);
    }
    add("CA-QC", "Quebec, Canada", "qu\u00e9bec");
    String[][] australianStates = {
      {"NSW", "New South Wales"}, {"VIC", "Victoria"}, {"QLD", "Queensland"}, {"WA", "Western Australia"},
      {"SA", "South Australia"}, {"TAS", "Tasmania"}, {"ACT", "Australian Capital Territory"}, {"NT", "Northern Territory"}
    };
    for (String[] st : australianStates) {
      add("AU-" + st[0], st[1] + ", Australia", st[1]);
    }
    add("GB-ENG", "England and Wales", "england & wales", "england", "english");
    add("GB-SCT", "Scotland", "scottish");
    add("GB", "United Kingdom", "the united kingdom", "uk");
    add("IE", "Ireland", "republic of ireland", "irish");
    add("DE", "Germany", "federal republic of germany", "german");
    add("FR", "France", "french");
    add("CH", "Switzerland", "swiss");
    add("NL", "Netherlands", "the netherlands", "dutch");
    add("ES", "Spain", "spanish");
    add("IT", "Italy", "italian");
    add("SE", "Sweden", "swedish");
    add("SG", "Singapore");
    add("HK", "Hong Kong");
    add("CN", "People's Republic of China", "china", "the people's republic of china", "prc", "chinese",
        "peoples republic of china", "p.r.c", "p.r. china", "p. r. china", "pr china", "mainland china");
    add("JP", "Japan", "japanese");
    add("IN", "India", "indian");
    add("IL", "Israel", "israeli");
    add("AU", "Australia", "australian");
    add("CA", "Canada", "canadian");
    add("US", "United States", "united states of america", "the united states", "federal");
    add("KR", "South Korea", "korea", "republic of korea");
    add("TW", "Taiwan");
    add("BM", "Bermuda");
    add("KY", "Cayman Islands", "the cayman islands");
    add("LU", "Luxembourg");
    add("BE", "Belgium");
    add("DK", "Denmark");
    add("NO", "Norway");
    add("FI", "Finland");
    add("AT", "Austria");
    add("MX", "Mexico");
    add("BR", "Brazil");
    add("GB-NIR", "Northern Ireland");
    add("ZA", "South Africa", "south african");
    add("NZ", "New Zealand");
    add("AR", "Argentina");
    add("CL", "Chile");
    add("CO", "Colombia");
    add("PE", "Peru");
    add("PL", "Poland", "polish");
    add("RU", "Russia", "russian federation", "the russian federation", "russian");
    add("UA", "Ukraine");
    add("CZ", "Czech Republic", "the czech republic", "czech");
    add("SK", "Slovakia", "slovak republic", "the slovak republic");
    add("HU", "Hungary");
    add("RO", "Romania");
    add("GR", "Greece", "greek");
    add("PT", "Portugal", "portuguese");
    add("TR", "Turkey");
    add("CY", "Cyprus");
    add("MT", "Malta");
    add("IS", "Iceland");
    add("LI", "Liechtenstein");
    add("MC", "Monaco");
    add("JE", "Jersey");
    add("GG", "Guernsey");
    add("IM", "Isle of Man", "the isle of man");
    add("VG", "British Virgin Islands", "the british virgin islands", "bvi");
    add("BS", "Bahamas", "the bahamas");
    add("MH", "Marshall Islands", "the marshall islands");
    add("PA", "Panama");
    add("PR", "Puerto Rico");
    add("AE", "United Arab Emirates", "the united arab emirates", "uae");
    add("AE-DU", "Dubai, United Arab Emirates", "dubai");
    add("SA", "Saudi Arabia");
    add("QA", "Qatar");
    add("EG", "Egypt");
    add("NG", "Nigeria");
    add("KE", "Kenya");
    add("MY", "Malaysia");
    add("TH", "Thailand");
    add("PH", "Philippines", "the philippines", "republic of the philippines");
    add("ID", "Indonesia");
    add("VN", "Vietnam", "viet nam");
    add("MO", "Macau", "macao");
  }

  private Jurisdictions() {}

  /** The jurisdiction a phrase starts with ("New York, without regard to..." gives New York). */
  public static Optional<Jurisdiction> at(String phrase) {
    String spaced = OF_RUN_ON.matcher(APOSTROPHE.matcher(phrase).replaceAll("'")).replaceAll("of ");
    String p = spaced.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    Jurisdiction best = null;
    int bestLength = 0;
    for (var e : BY_NAME.entrySet()) {
      String name = e.getKey();
      if (p.startsWith(name) && name.length() > bestLength
          && (p.length() == name.length() || !Character.isLetter(p.charAt(name.length())))) {
        best = e.getValue();
        bestLength = name.length();
      }
    }
    return Optional.ofNullable(best);
  }
}
