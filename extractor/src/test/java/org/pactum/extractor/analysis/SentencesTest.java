package org.pactum.extractor.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

  private static List<String> sentences(String text, int maxLength) {
    return Sentences.of(text, maxLength).stream().map(s -> text.substring(s.start(), s.end()).strip()).toList();
  }

  @Test
  void cutsAtFullStopsAndSemicolonsButNotInsideNumbers() {
    assertEquals(List.of("Fees rise by 1.5 percent;", "Payment is due monthly."),
        sentences("Fees rise by 1.5 percent; Payment is due monthly.", 100));
  }

  @Test
  void aFullStopFollowedByLowerCaseClosesAnAbbreviationNotTheSentence() {
    assertEquals(List.of("Licensor grants to Acme Corp. and its Affiliates a license.", "It is exclusive."),
        sentences("Licensor grants to Acme Corp. and its Affiliates a license. It is exclusive.", 100));
  }

  @Test
  void aFullStopBeforeASignIsNoSentenceEnd() {
    assertEquals(List.of("Liability shall not exceed U.S.$1,000,000 (one million dollars).", "Next."),
        sentences("Liability shall not exceed U.S.$1,000,000 (one million dollars). Next.", 100));
  }

  @Test
  void aTooLongSentenceIsCutAtItsBlankLinesAndTheShortPiecesKept() {
    String list = "What the sponsor receives:\n" + "* its logo on the printed programme\n".repeat(5);
    String text = list + "\nDuration:\nThis agreement runs until June 1, 2022.";
    assertEquals(List.of(list.strip(), "Duration:\nThis agreement runs until June 1, 2022."), sentences(text, 240));
    assertEquals(List.of("Duration:\nThis agreement runs until June 1, 2022."), sentences(text, 100));
  }
}
