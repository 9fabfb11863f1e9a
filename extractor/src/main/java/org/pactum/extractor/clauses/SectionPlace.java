package org.pactum.extractor.clauses;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pactum.extractor.model.Clause;
import org.pactum.extractor.model.Provenance;
import org.pactum.extractor.model.Section;

/** A clause placed in its section: the section's number and the nearest heading above it. */
final class SectionPlace {

  private SectionPlace() {}

  /** A clause of {@code category} at {@code source}, inside section {@code s} (-1 for none). */
  static Clause clause(String category, List<Section> sections, int s, Provenance source) {
    Section section = s < 0 ? null : sections.get(s);
    String number = section == null || section.number().isEmpty() ? null : section.number();
    return new Clause(category, number, headingOf(sections, s), source);
  }

  /** The nearest heading at or above section {@code s}. */
  static @Nullable String headingOf(List<Section> sections, int s) {
    for (int i = s; i >= 0; i = sections.get(i).parent()) {
      if (sections.get(i).heading() != null) {
        return sections.get(i).heading();
      }
    }
    return null;
  }
}
