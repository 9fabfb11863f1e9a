package org.pactum.extractor.clauses;

import java.util.List;
import org.pactum.extractor.model.Section;

/**
 * A document cut into sections and sentence-sized units, once, for every step that reads sentences.
 *
 * @param sections the numbered and headed sections, in text order
 * @param units the sentence-sized units, in text order
 */
public record Layout(List<Section> sections, List<ClauseUnit> units) {

  private static final SectionSegmenter SEGMENTER = new SectionSegmenter();
  private static final ClauseUnitSplitter SPLITTER = new ClauseUnitSplitter();

  public Layout {
    sections = List.copyOf(sections);
    units = List.copyOf(units);
  }

  /** The layout of {@code text}. */
  public static Layout of(String text) {
    List<Section> sections = SEGMENTER.segment(text);
    return new Layout(sections, SPLITTER.split(text, sections));
  }
}
