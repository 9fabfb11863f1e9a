package org.pactum.indexer.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WordDiffTest {

  private static String side(Difference d, Segment.Change skipped) {
    return d.segments().stream().filter(s -> s.change() != skipped).map(Segment::text).collect(Collectors.joining());
  }

  @Test
  void theSameWordsAreOneUnchangedRun() {
    Difference d = WordDiff.between("Each party shall keep it confidential.", "Each party shall keep it confidential.");
    assertEquals(1.0, d.similarity());
    assertEquals(List.of(new Segment(Segment.Change.SAME, "Each party shall keep it confidential.")), d.segments());
  }

  @Test
  void changedWordsAreRemovedThenAdded() {
    Difference d = WordDiff.between(
        "liability shall not exceed the fees paid in the twelve months",
        "liability shall not exceed twice the fees paid in the six months");
    assertEquals(List.of(
        new Segment(Segment.Change.SAME, "liability shall not exceed "),
        new Segment(Segment.Change.ADDED, "twice "),
        new Segment(Segment.Change.SAME, "the fees paid in the "),
        new Segment(Segment.Change.REMOVED, "twelve "),
        new Segment(Segment.Change.ADDED, "six "),
        new Segment(Segment.Change.SAME, "months")), d.segments());
    // 10 words in common of 11 and 12
    assertEquals(2.0 * 10 / 23, d.similarity(), 1e-9);
    assertEquals(1 - d.similarity(), d.deviation(), 1e-9);
  }

  @Test
  void eachSideCanBeReadBackFromTheSegments() {
    String first = "The Supplier shall indemnify the Customer against all claims.";
    String second = "The Customer shall indemnify the Supplier against third-party claims arising from negligence.";
    Difference d = WordDiff.between(first, second);
    assertEquals(second, side(d, Segment.Change.REMOVED));
    assertEquals(first.replaceAll("\\s+", ""), side(d, Segment.Change.ADDED).replaceAll("\\s+", ""), "the first, but for spaces");
  }

  @Test
  void lineBreaksRunsOfSpacesAndCapitalsAreNoChange() {
    Difference d = WordDiff.between("shall  not\nexceed", "SHALL NOT EXCEED");
    assertEquals(1.0, d.similarity());
    assertEquals(1, d.segments().size());
  }

  @Test
  void unrelatedTextsDoNotAlternateWordByWord() {
    Difference d = WordDiff.between("Each party's total liability shall not exceed the fees paid.",
        "Damages alone may be an inadequate remedy for a breach.");
    assertTrue(d.segments().size() <= 4, d.segments().toString());
  }

  @Test
  void textsWithNothingInCommonAreFullyDeviant() {
    Difference d = WordDiff.between("alpha beta", "gamma delta");
    assertEquals(0.0, d.similarity());
    assertEquals(1.0, WordDiff.between("", "words").deviation());
    assertEquals(1.0, WordDiff.between("", "").similarity());
  }
}
