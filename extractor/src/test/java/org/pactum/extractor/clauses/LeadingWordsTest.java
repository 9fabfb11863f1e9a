package org.pactum.extractor.clauses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pactum.extractor.parse.ParseSettings;
import org.pactum.extractor.parse.TikaDocumentParser;
import org.pactum.extractor.testing.Fixtures;

class LeadingWordsTest {

  @Test
  void eachAlternativeGivesTheWordItStartsWith() {
    assertEquals(Optional.of(List.of("liquidated damages", "early termination ", "termination fee")),
        LeadingWords.of("Liquidated Damages|early termination (?:fee|charge)|termination fee"));
    assertEquals(Optional.of(List.of("net ", "within ")), LeadingWords.of("\\bnet \\d{1,3}\\b|within \\w+ days"));
    assertEquals(Optional.of(List.of("shall", "agree")), LeadingWords.of("(?:shall|agrees? to) (?:defend, )?indemnify"));
    assertEquals(Optional.of(List.of("non-disparag")), LeadingWords.of("non-disparag"));
    assertEquals(Optional.of(List.of("terminat")), LeadingWords.of("terminat.{0,120}(?:material(?:ly)? breach|insolven)"));
    assertEquals(Optional.of(List.of("favo")), LeadingWords.of("favou?rabl[ey]"), "the optional letter ends the word");
  }

  @Test
  void anAlternativeThatDoesNotStartWithAWordGivesNone() {
    for (String regex : List.of("(?:by .{0,60})?invalid", "net|", "s?hall", ".{0,80}liable", "[- ]favoured", "\\d+ days",
        "(?:a|b)*cde", "ab|cdef", "ab{2}c", "(?=x)yyy", "(?:abc|de)xyz")) {
      assertEquals(Optional.empty(), LeadingWords.of(regex), regex);
    }
  }

  @Test
  void everyRulePhraseMatchesOnlyUnitsHoldingItsLeadingWordsOnTheSampleContracts() throws Exception {
    TikaDocumentParser parser = new TikaDocumentParser(ParseSettings.defaults().withOcr(false));
    List<String> units = new ArrayList<>();
    for (Path sample : Fixtures.samples()) {
      if (!Fixtures.isScanned(sample)) {
        String text = parser.parse(sample, sample.getFileName().toString()).text();
        for (ClauseUnit unit : new ClauseUnitSplitter().split(text, new SectionSegmenter().segment(text))) {
          units.add(text.substring(unit.start(), unit.end()).replaceAll("\\s+", " "));
        }
      }
    }
    int withWords = 0;
    int matches = 0;
    for (RuleClauseClassifier.Rule rule : RuleClauseClassifier.RULES) {
      if (rule.phrase() == null) {
        continue;
      }
      withWords += rule.leadingWords().isEmpty() ? 0 : 1;
      for (String unit : units) {
        if (rule.phrase().matcher(unit).find()) {
          matches++;
          String lower = RuleClauseClassifier.asciiLowerCase(unit);
          assertTrue(rule.leadingWords().isEmpty() || rule.leadingWords().stream().anyMatch(lower::contains),
              rule.category() + " " + rule.leadingWords() + " would skip: " + unit);
        }
      }
    }
    assertTrue(matches > 100, "the rules match the samples often enough to tell: " + matches);
    assertTrue(withWords >= 15, "most phrases have leading words: " + withWords);
  }
}
