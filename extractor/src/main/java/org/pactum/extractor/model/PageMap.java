package org.pactum.extractor.model;

import java.util.Arrays;
import java.util.List;

/**
 * The character offset at which each page of a document's text starts. Page numbers are 1-based;
 * formats without pages (text, HTML, most Word files) have one page starting at 0.
 */
public record PageMap(List<Integer> pageStarts) {

  public static final PageMap SINGLE_PAGE = new PageMap(List.of(0));

  public PageMap {
    pageStarts = List.copyOf(pageStarts);
    if (pageStarts.isEmpty() || pageStarts.get(0) != 0) {
      throw new IllegalArgumentException("the first page must start at offset 0: " + pageStarts);
    }
    for (int i = 1; i < pageStarts.size(); i++) {
      if (pageStarts.get(i) < pageStarts.get(i - 1)) {
        throw new IllegalArgumentException("page starts must not decrease: " + pageStarts);
      }
    }
  }

  public int pageCount() {
    return pageStarts.size();
  }

  /** The 1-based page holding the character at {@code offset}. */
  public int pageOf(int offset) {
    int[] starts = pageStarts.stream().mapToInt(Integer::intValue).toArray();
    int i = Arrays.binarySearch(starts, offset);
    if (i >= 0) {
      // several empty pages may share a start; the character belongs to the last of them
      while (i + 1 < starts.length && starts[i + 1] == offset) {
        i++;
      }
      return i + 1;
    }
    return Math.max(1, -i - 1);
  }
}
