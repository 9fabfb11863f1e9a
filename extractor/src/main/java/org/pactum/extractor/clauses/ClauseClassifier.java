package org.pactum.extractor.clauses;

import java.util.List;
import org.pactum.extractor.model.Clause;
import org.pactum.extractor.model.ParsedDocument;
import org.pactum.extractor.model.Section;

/** One step of the analysis: the units of a document to the clauses among them, by category. */
@FunctionalInterface
public interface ClauseClassifier {

  List<Clause> classify(ParsedDocument document, List<Section> sections, List<ClauseUnit> units);
}
