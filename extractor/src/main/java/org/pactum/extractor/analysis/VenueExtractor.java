package org.pactum.extractor.analysis;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.pactum.extractor.model.ParsedDocument;
import org.pactum.extractor.model.Provenance;
import org.pactum.extractor.model.Venue;

/**
 * Where disputes are heard: "the state and federal courts located in Los Angeles County, California", "venue shall lie
 * in Wilmington, Delaware", "the arbitration shall be held in London, England". Courts are preferred to an
 * arbitration seat, which is taken when the contract names no courts.
 */
final class VenueExtractor {

  static final String NAME = "venue-rules";

  /**
   * A place, its words capitalised: "Los Angeles County, California", "the City of New York", "London, England",
   * "Frankfurt am Main"; not a language ("conducted in English").
   */
  private static final String PLACE = "(?-i:(?!(?:English|Chinese|French|German|Spanish|Japanese|Korean|Portuguese|Italian"
      + "|Russian|Arabic|Dutch|Hebrew)\\b)((?:(?:City|County|State|Commonwealth|Province|Borough|Republic)\\s+of\\s+)?"
      + "[A-Z][\\w.'’-]*(?:\\s+(?:of\\s+(?:the\\s+)?|and\\s+|(?:am|upon|de|del|la)\\s+)?[A-Z][\\w.'’-]*){0,4}(?:,\\s+(?!The\\b)"
      + "(?:(?:State|Commonwealth|Province)\\s+of\\s+)?[A-Z][\\w.'’-]*(?:\\s+[A-Z][\\w.'’-]*){0,2}){0,2}))";
  /** "courts (of competent jurisdiction) (located|sitting) in|of|for X". */
  private static final Pattern COURTS = Pattern.compile("(?i)\\bcourts?\\b(?:\\s+of\\s+competent\\s+jurisdiction)?"
      + "(?:\\s+(?:located|sitting|situated|having\\s+jurisdiction|residing))?\\s+(?:in|of|for|at)\\s+(?:and\\s+for\\s+)?"
      + "(?:the\\s+)?" + PLACE);
  /**
   * A narrower place right after a country's courts: "the courts of the United States for the Southern District of New
   * York", "federal courts of the United States located in the Northern District of California".
   */
  private static final Pattern WITHIN = Pattern.compile("(?i)^\\s*,?\\s*(?:(?:located|sitting|situated)\\s+)?(?:in|for)\\s+"
      + "(?:and\\s+for\\s+)?(?:the\\s+)?" + PLACE);
  /** "venue (for any action) shall (lie|be) (exclusively) in X", "the place of jurisdiction is X". */
  private static final Pattern VENUE = Pattern.compile("(?i)(?:\\bvenue\\b[^.;]{0,80}?\\b(?:shall|will|must|is|lies?)\\s+"
      + "(?:(?:be|lie)\\s+)?(?:(?:exclusively|solely|only|proper)\\s+)?(?:in|at)\\s+"
      + "|\\bplace\\s+of\\s+jurisdiction\\s+(?:is|shall\\s+be)\\s+)(?:the\\s+)?" + PLACE);
  /**
   * "the arbitration shall be held in X", "before a single arbitrator in X", "administered by JAMS in X", "the seat of
   * arbitration is X".
   */
  private static final Pattern ARBITRATION = Pattern.compile("(?i)(?:\\barbitrat\\w*\\b[^.;]{0,160}?\\b(?:held|conducted"
      + "|take\\s+place|seated|located|sitting|arbitrators?)\\s+(?:in|at)\\s+"
      // "administered by JAMS in Detroit, Michigan"
      + "|\\barbitrat\\w*\\b[^.;]{0,80}?\\badministered\\s+by\\s+(?:the\\s+)?(?-i:[A-Z][\\w&.-]*(?:\\s+[A-Z][\\w&.-]*){0,4})\\s+in\\s+"
      // "binding arbitration in New York, New York"
      + "|\\barbitration\\s+(?:proceedings\\s+)?in\\s+"
      + "|\\b(?:seat|venue|place)\\s+of\\s+(?:the\\s+)?"
      + "arbitration\\s+(?:(?:is|shall\\s+be|will\\s+be)\\s+)?(?:in\\s+|at\\s+)?)(?:the\\s+)?" + PLACE);
  /** "the Scottish courts", "the English courts": a jurisdiction's adjective before "courts". */
  private static final Pattern ADJECTIVE_COURTS = Pattern.compile("(?-i:\\b([A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?)\\s+courts\\b)");
  /** A court named before its place: "the Court of Chancery of the State of Delaware". */
  private static final Pattern COURT_NAME = Pattern.compile("^(?:Chancery|Common\\s+Pleas|King's\\s+Bench|Queen's\\s+Bench"
      + "|Session)\\s+of\\s+(?:the\\s+)?");
  /** A sentence about hearing disputes, not one that mentions courts in passing. */
  private static final Pattern DISPUTES = Pattern.compile(
      "(?i)\\b(?:jurisdiction|venue|submits?|brought|exclusive(?:ly)?|disputes?|actions?|proceedings?|suits?|litigat\\w*|arbitrat\\w*)\\b");
  /** The courts that may enter judgment on an arbitral award, which are not where the dispute is heard. */
  private static final Pattern AWARD_JUDGMENT = Pattern.compile("(?i)\\bjudgm?ent\\b[^.;]{0,80}\\baward\\b|\\baward\\b[^.;]{0,80}"
      + "\\bjudgm?ent\\b");
  /** Capitalised words that follow "courts of" without naming a place. */
  private static final Set<String> NOT_PLACES = Set.of("law", "equity", "competent", "such", "any", "said", "this", "that",
      "appropriate", "general", "record", "justice", "appeal", "appeals", "the", "each", "either", "chancery");
  /**
   * Words no place name holds, which a text in capitals lets through ("IN ACCORDANCE WITH SECTION", "THE STATE IN WHICH
   * OUR COMPANY"): a place holding one is no place.
   */
  private static final Set<String> NOT_IN_PLACES = Set.of("with", "which", "our", "your", "their", "its", "this", "that",
      "any", "all", "such", "said", "section", "agreement", "action", "actions", "arising", "purpose", "accordance",
      "carrying", "out", "from", "selected", "jurisdiction", "process", "court", "courts", "person", "person’s", "person's",
      "party", "parties", "where", "whose", "by", "under", "is", "are", "be", "shall", "may", "will");
  /** Joining words a capitals text leaves at a place's end: "CITY OF NEW YORK IN", "HENNEPIN COUNTY OR". */
  private static final Pattern TRAILING_JOINER = Pattern.compile("(?i)(?:\\s+(?:in|or|and|of|the|for|to|at|on))+$");
  /** A body rather than a place: "the London Court of International Arbitration". */
  private static final Pattern INSTITUTION = Pattern.compile("\\b(?:Arbitration|Chamber|Commerce|Association|Institute|Centre|Center)\\b");
  /** The United States' postal abbreviations, as a place's last part writes its state: "Asheville, NC", "Charlotte, N.C.". */
  private static final Set<String> US_STATES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI",
      "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM",
      "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY");
  private static final int MAX_SENTENCE = 800;

  Optional<Venue> find(ParsedDocument document) {
    String text = document.text();
    Venue arbitration = null;
    for (Sentences.Span s : Sentences.of(text, MAX_SENTENCE)) {
      String sentence = text.substring(s.start(), s.end());
      if (!DISPUTES.matcher(sentence).find() || AWARD_JUDGMENT.matcher(sentence).find()) {
        continue;
      }
      Optional<Venue> courts = first(COURTS, sentence, s.start(), document, Venue.COURTS)
          .or(() -> first(VENUE, sentence, s.start(), document, Venue.COURTS))
          .or(() -> adjective(sentence, s.start(), document));
      if (courts.isPresent()) {
        return courts;
      }
      if (arbitration == null) {
        arbitration = first(ARBITRATION, sentence, s.start(), document, Venue.ARBITRATION).orElse(null);
      }
    }
    return Optional.ofNullable(arbitration);
  }

  private static Optional<Venue> first(Pattern pattern, String sentence, int offset, ParsedDocument document, String forum) {
    Matcher m = pattern.matcher(sentence);
    while (m.find()) {
      Optional<String> place = place(m.group(1));
      if (place.isPresent()) {
        String name = place.get();
        String code = code(name);
        int end = m.end();
        Matcher within = WITHIN.matcher(sentence).region(m.end(), sentence.length());
        if (code != null && code.indexOf('-') < 0 && within.lookingAt()) {
          // a country's courts for one of its districts: the district says where
          Optional<String> narrower = place(within.group(1));
          String narrowerCode = narrower.map(VenueExtractor::code).orElse(null);
          if (narrowerCode != null && narrowerCode.startsWith(code + "-")) {
            name = narrower.get();
            code = narrowerCode;
            end = within.end();
          }
        }
        int start = offset + m.start();
        return Optional.of(new Venue(name, code, forum,
            new Provenance(start, offset + end, document.pages().pageOf(start), NAME, 0.7)));
      }
    }
    return Optional.empty();
  }

  /** The captured words tidied into a place's name, or empty when they name something else. */
  private static Optional<String> place(String captured) {
    String place = COURT_NAME.matcher(captured.strip().replaceAll("\\s+", " ").replaceFirst("[.,]+$", "")).replaceFirst("");
    place = TRAILING_JOINER.matcher(place).replaceFirst("");
    String[] words = place.toLowerCase(Locale.ROOT).split("[\\s,]+");
    if (place.isEmpty() || NOT_PLACES.contains(words[0]) || INSTITUTION.matcher(place).find()
        || Arrays.stream(words).anyMatch(NOT_IN_PLACES::contains)) {
      return Optional.empty();
    }
    return Optional.of(place);
  }

  /** The courts of a jurisdiction named by its adjective: "the exclusive jurisdiction of the Scottish courts" is Scotland. */
  private static Optional<Venue> adjective(String sentence, int offset, ParsedDocument document) {
    Matcher m = ADJECTIVE_COURTS.matcher(sentence);
    while (m.find()) {
      var jurisdiction = Jurisdictions.at(m.group(1));
      if (jurisdiction.isPresent()) {
        int start = offset + m.start();
        return Optional.of(new Venue(jurisdiction.get().name(), jurisdiction.get().code(), Venue.COURTS,
            new Provenance(start, offset + m.end(), document.pages().pageOf(start), NAME, 0.7)));
      }
    }
    return Optional.empty();
  }

  /**
   * The code of the jurisdiction the place lies in: that of its last comma-separated part naming one ("Los Angeles
   * County, California" is US-CA), a part read past "of" ("the Southern District of New York" is US-NY), or a state's
   * postal abbreviation ("Asheville, NC").
   */
  static @Nullable String code(String place) {
    String found = null;
    for (String part : place.split(",")) {
      String p = part.strip();
      int of = p.toLowerCase(Locale.ROOT).lastIndexOf(" of ");
      var jurisdiction = Jurisdictions.at(p).or(() -> of < 0 ? Optional.empty() : Jurisdictions.at(p.substring(of + 4)));
      String postal = p.replace(".", "");
      if (jurisdiction.isPresent()) {
        found = jurisdiction.get().code();
      } else if (US_STATES.contains(postal)) {
        found = "US-" + postal;
      }
    }
    return found;
  }
}
