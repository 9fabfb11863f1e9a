package org.pactum.extractor.clauses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CuadCorpusTest {

  @Test
  void theSplitAndItsQuartersFollowTheFirstDigitOfTheIdsSha1() {
    // SHA-1 of "x" starts 1, "d" 3, "a" 8, "abc" a, "b" e
    assertEquals(0, CuadCorpus.quarter("x"));
    assertEquals(1, CuadCorpus.quarter("d"));
    assertEquals(2, CuadCorpus.quarter("a"));
    assertEquals(3, CuadCorpus.quarter("abc"));
    assertTrue(CuadCorpus.heldOut("b"));
    assertEquals(-1, CuadCorpus.quarter("b"));
    assertFalse(CuadCorpus.heldOut("abc"));
  }
}
