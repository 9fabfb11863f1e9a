package org.pactum.extractor.clauses;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pactum.extractor.model.Clause;
import org.pactum.extractor.model.Extraction;
import org.pactum.extractor.model.ParsedDocument;
import org.pactum.extractor.model.Provenance;
import org.pactum.extractor.model.Section;

/**
 * CUAD's sentence-long value categories as clauses where a field extractor read the value: the sentence that holds the
 * expiration (Expiration Date), the renewal term (Renewal Term), the notice that stops a renewal (Notice Period to
 * Terminate Renewal) and the governing law (Governing Law). The categoriser finds these sentences too; these stand
 * beside its own, so that a value the document view shows always has its clause.
 */
public final class SentenceFieldClauses {

  private SentenceFieldClauses() {}

  public static List<Clause> of(ParsedDocument document, List<Section> sections, List<ClauseUnit> units, Extraction fields) {
    List<Clause> out = new ArrayList<>();
    add(out, "Expiration Date", fields.expiration() == null ? null : fields.expiration().source(), document, sections, units);
    add(out, "Renewal Term", fields.renewalTerm() == null ? null : fields.renewalTerm().source(), document, sections, units);
    add(out, "Notice Period to Terminate Renewal", fields.noticePeriod() == null ? null : fields.noticePeriod().source(),
        document, sections, units);
    add(out, "Governing Law", fields.governingLaw() == null ? null : fields.governingLaw().source(), document, sections, units);
    return out;
  }

  /** The unit that holds the start of {@code source}, as a clause of {@code category}. */
  private static void add(List<Clause> out, String category, @Nullable Provenance source, ParsedDocument document,
      List<Section> sections, List<ClauseUnit> units) {
    if (source == null || source.end() <= source.start()) {
      return;
    }
    for (ClauseUnit unit : units) {
      if (unit.start() <= source.start() && source.start() < unit.end()) {
        out.add(SectionPlace.clause(category, sections, unit.section(), new Provenance(unit.start(), unit.end(),
            document.pages().pageOf(unit.start()), source.extractor(), source.confidence())));
        return;
      }
    }
  }
}
