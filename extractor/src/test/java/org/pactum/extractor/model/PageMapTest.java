package org.pactum.extractor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageMapTest {

  @Test
  void findsThePageOfAnOffset() {
    PageMap pages = new PageMap(List.of(0, 100, 250));
    assertEquals(1, pages.pageOf(0));
    assertEquals(1, pages.pageOf(99));
    assertEquals(2, pages.pageOf(100));
    assertEquals(2, pages.pageOf(249));
    assertEquals(3, pages.pageOf(250));
    assertEquals(3, pages.pageOf(10_000));
  }

  @Test
  void emptyPagesShareAStartAndTheTextBelongsToTheLast() {
    PageMap pages = new PageMap(List.of(0, 50, 50, 80));
    assertEquals(3, pages.pageOf(50));
    assertEquals(4, pages.pageOf(80));
  }

  @Test
  void rejectsMalformedMaps() {
    assertThrows(IllegalArgumentException.class, () -> new PageMap(List.of()));
    assertThrows(IllegalArgumentException.class, () -> new PageMap(List.of(5)));
    assertThrows(IllegalArgumentException.class, () -> new PageMap(List.of(0, 10, 5)));
  }
}
