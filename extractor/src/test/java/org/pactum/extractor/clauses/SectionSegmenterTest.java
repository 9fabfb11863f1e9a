package org.pactum.extractor.clauses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pactum.extractor.model.Section;

class SectionSegmenterTest {

  private final SectionSegmenter segmenter = new SectionSegmenter();

  @Test
  void findsArticlesNumberedSectionsItemsAndHeadings() {
    String text = """
        MASTER SERVICES AGREEMENT

        ARTICLE V
        CONFIDENTIALITY

        5.1 Definition. "Confidential Information" means any information disclosed by a party.
        (a) business plans; and
        (b) source code.
        Section 5.2 Exceptions. Information that is public is not Confidential Information.

        12. GOVERNING LAW
        This Agreement is governed by the laws of the State of New York.

        Entire Agreement
        This Agreement is the whole agreement of the parties.
        """;
    List<Section> sections = segmenter.segment(text);
    assertEquals(List.of("", "V", "5.1", "(a)", "(b)", "5.2", "12", ""),
        sections.stream().map(Section::number).toList(), sections.toString());
    Section article = sections.get(1);
    assertEquals("CONFIDENTIALITY", article.heading());
    assertEquals(1, article.level());
    assertEquals("Definition", sections.get(2).heading());
    assertEquals(2, sections.get(2).level(), "numbered sections sit below articles");
    assertEquals(2, sections.get(3).parent(), "(a) belongs to 5.1");
    assertNull(sections.get(3).heading());
    assertEquals(1, sections.get(5).parent(), "5.2 belongs to article V");
    assertEquals("GOVERNING LAW", sections.get(6).heading());
    assertEquals("Entire Agreement", sections.get(7).heading());
    assertEquals(2, sections.get(6).level(), "a plain number below an article belongs to it");
    assertEquals(text.indexOf("Entire Agreement"), article.end(), "the article ends where the next top-level part starts");
    assertEquals(text.length(), sections.get(7).end());
  }

  @Test
  void bodyLinesAndPageNumbersAreNotSections() {
    String text = """
        The Supplier shall deliver the goods within thirty days of the order and shall
        Invoice The Customer Monthly
        for the goods delivered.
        3
        """;
    assertTrue(segmenter.segment(text).isEmpty(), () -> segmenter.segment(text).toString());
  }

  @Test
  void deepNumberingNestsAndEnds() {
    String text = "1. Term\nbody\n1.1 Initial Term. body\n1.1.1 More body\n2. Fees\nbody\n";
    List<Section> s = segmenter.segment(text);
    assertEquals(List.of(1, 2, 3, 1), s.stream().map(Section::level).toList());
    assertEquals(List.of(-1, 0, 1, -1), s.stream().map(Section::parent).toList());
    assertEquals(text.indexOf("2. Fees"), s.get(0).end());
    assertEquals(text.indexOf("2. Fees"), s.get(2).end());
  }
}
