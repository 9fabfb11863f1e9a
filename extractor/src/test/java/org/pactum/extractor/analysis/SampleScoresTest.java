package org.pactum.extractor.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.pactum.extractor.model.Extraction;
import org.pactum.extractor.model.Json;
import org.pactum.extractor.model.ParsedDocument;
import org.pactum.extractor.parse.ParseSettings;
import org.pactum.extractor.parse.TikaDocumentParser;
import org.pactum.extractor.testing.Fixtures;

/**
 * Extraction on the sample contracts against their expected values: fails when a field is right
 * for fewer samples than {@code sample-scores.json} records, when fewer expected clause categories
 * are found, or when more unexpected ones are.
 */
class SampleScoresTest {

  private static final Map<String, Function<Extraction, String>> FIELDS = new LinkedHashMap<>();

  static {
    FIELDS.put("title", e -> e.title() == null ? null : e.title().value().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT));
    FIELDS.put("governingLaw", e -> e.governingLaw() == null ? null : e.governingLaw().jurisdiction());
    FIELDS.put("agreementDate", e -> e.agreementDate() == null ? null : e.agreementDate().date().toString());
    FIELDS.put("effectiveDate", e -> e.effectiveDate() == null ? null : e.effectiveDate().date().toString());
    FIELDS.put("expirationDate", e -> e.expiration() == null ? null : e.expiration().date().toString());
    FIELDS.put("renewalTerm", e -> e.renewalTerm() == null ? null : e.renewalTerm().iso());
    FIELDS.put("autoRenewal", e -> String.valueOf(e.renewalTerm() != null && Boolean.TRUE.equals(e.autoRenewal())));
    FIELDS.put("noticePeriod", e -> e.noticePeriod() == null ? null : e.noticePeriod().iso());
    FIELDS.put("terminationNotice", e -> e.terminationNotice() == null ? null : e.terminationNotice().iso());
    FIELDS.put("venue", e -> e.venue() == null ? null : e.venue().place());
    FIELDS.put("venueCode", e -> e.venue() == null ? null : e.venue().code());
    FIELDS.put("venueForum", e -> e.venue() == null ? null : e.venue().forum());
  }

  private static String squash(String s) {
    return s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip().toLowerCase(Locale.ROOT);
  }

  /** The same obligor and polarity, an action holding the expected words, and the expected deadline and recurrence. */
  private static boolean sameObligation(JsonNode want, org.pactum.extractor.model.Obligation o) {
    String wantDeadline = want.path("deadline").asText(null);
    String wantRecurrence = want.path("recurrence").asText(null);
    return squash(o.obligor()).replaceFirst("^the ", "").equals(squash(want.path("obligor").asText()).replaceFirst("^the ", ""))
        && o.prohibition() == want.path("prohibition").asBoolean()
        && squash(o.action()).contains(squash(want.path("action").asText()))
        && (wantDeadline == null || o.deadline() != null && wantDeadline.equals(o.deadline().period()))
        && (wantRecurrence == null || o.recurrence() != null && wantRecurrence.equals(o.recurrence().period()));
  }

  @Test
  void noFieldGetsWorseOnTheSamples() throws Exception {
    JsonNode floor;
    try (InputStream in = getClass().getResourceAsStream("/sample-scores.json")) {
      floor = Json.mapper().readTree(in);
    }
    TikaDocumentParser parser = new TikaDocumentParser(ParseSettings.defaults().withOcr(false));
    DefaultAnalyzer analyzer = new DefaultAnalyzer();
    Map<String, Integer> right = new LinkedHashMap<>();
    List<String> wrong = new ArrayList<>();
    for (Path sample : Fixtures.samples()) {
      if (Fixtures.isScanned(sample)) {
        continue;
      }
      ParsedDocument doc = parser.parse(sample, sample.getFileName().toString());
      Extraction extraction = analyzer.analyse(doc, sample.getFileName().toString());
      JsonNode expected = Fixtures.expected(sample);
      for (JsonNode party : expected.path("parties")) {
        String want = squash(party.path("name").asText());
        boolean found = extraction.parties().stream().anyMatch(p -> squash(p.name()).contains(want) || want.contains(squash(p.name())) && squash(p.name()).length() >= 4);
        if (found) {
          right.merge("parties", 1, Integer::sum);
        } else {
          wrong.add(sample.getFileName() + " party " + party.path("name").asText() + " not found in " + extraction.parties());
        }
      }
      for (JsonNode amount : expected.path("amounts")) {
        java.math.BigDecimal value = amount.path("value").decimalValue();
        String currency = amount.path("currency").asText();
        boolean hit = extraction.amounts().stream()
            .anyMatch(a -> a.value().compareTo(value) == 0 && a.currency().equals(currency));
        if (hit) {
          right.merge("amounts", 1, Integer::sum);
        } else {
          wrong.add(sample.getFileName() + " amount " + value + " " + currency + " not found");
        }
        String purpose = amount.path("purpose").asText(null);
        if (purpose != null) {
          boolean told = extraction.amounts().stream().anyMatch(a -> a.value().compareTo(value) == 0
              && a.currency().equals(currency) && purpose.equals(a.purpose()));
          if (told) {
            right.merge("amountPurposes", 1, Integer::sum);
          } else {
            wrong.add(sample.getFileName() + " amount " + value + " " + currency + " is not told as a " + purpose);
          }
        }
      }
      String terms = expected.path("paymentTerms").asText("");
      java.util.regex.Matcher days = java.util.regex.Pattern.compile("^(?:Net|Within) (\\d+)").matcher(terms);
      if (days.find()) {
        Integer got = extraction.paymentTerms() == null ? null : extraction.paymentTerms().days();
        if (Integer.valueOf(days.group(1)).equals(got)) {
          right.merge("paymentDays", 1, Integer::sum);
        } else {
          wrong.add(sample.getFileName() + " payment days: got " + got + ", want " + days.group(1));
        }
      }
      for (JsonNode want : expected.path("obligations")) {
        if (extraction.obligations().stream().anyMatch(o -> sameObligation(want, o))) {
          right.merge("obligations", 1, Integer::sum);
        } else {
          wrong.add(sample.getFileName() + " obligation not found: " + want);
        }
      }
      java.util.Set<String> found = new java.util.TreeSet<>();
      extraction.clauses().forEach(c -> found.add(c.category()));
      for (JsonNode category : expected.path("categories")) {
        if (found.remove(category.asText())) {
          right.merge("categoriesFound", 1, Integer::sum);
        } else {
          wrong.add(sample.getFileName() + " category " + category.asText() + " not found");
        }
      }
      right.merge("categoriesWrong", found.size(), Integer::sum);
      found.forEach(c -> wrong.add(sample.getFileName() + " category " + c + " found but not expected"));
      for (var field : FIELDS.entrySet()) {
        JsonNode want = expected.path(field.getKey());
        String wanted = want.isNull() || want.isMissingNode() ? null : want.asText();
        if ("title".equals(field.getKey()) && wanted != null) {
          wanted = wanted.replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        }
        String got = field.getValue().apply(extraction);
        if (java.util.Objects.equals(wanted, got)) {
          right.merge(field.getKey(), 1, Integer::sum);
        } else {
          wrong.add(sample.getFileName() + " " + field.getKey() + ": got " + got + ", want " + wanted);
        }
      }
    }
    System.out.println("sample scores: " + right);
    List<String> scored = new ArrayList<>(FIELDS.keySet());
    scored.add("parties");
    scored.add("amounts");
    scored.add("amountPurposes");
    scored.add("paymentDays");
    scored.add("obligations");
    for (String field : scored) {
      int now = right.getOrDefault(field, 0);
      int before = floor.path(field).asInt();
      assertTrue(now >= before, field + " is right for " + now + " samples, down from " + before + ":\n" + String.join("\n", wrong));
    }
    int found = right.getOrDefault("categoriesFound", 0);
    int wrongCategories = right.getOrDefault("categoriesWrong", 0);
    assertTrue(found >= floor.path("categoriesFound").asInt(),
        "expected clause categories found: " + found + ", down from " + floor.path("categoriesFound") + ":\n" + String.join("\n", wrong));
    assertTrue(wrongCategories <= floor.path("categoriesWrong").asInt(),
        "clause categories found that are not expected: " + wrongCategories + ", up from " + floor.path("categoriesWrong") + ":\n" + String.join("\n", wrong));
  }
}
