package org.pactum.extractor.clauses;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.doccat.DocumentCategorizerME;
import org.pactum.extractor.model.Clause;
import org.pactum.extractor.model.ParsedDocument;
import org.pactum.extractor.model.Provenance;
import org.pactum.extractor.model.Section;

/**
 * Classifies units with the trained OpenNLP categoriser: a unit becomes a clause of every category
 * whose probability reaches that category's tuned threshold.
 */
public final class TrainedClauseClassifier implements ClauseClassifier {

  public static final String NAME = "clause-categorizer";
  private final ClauseModel model;

  public TrainedClauseClassifier(ClauseModel model) {
    this.model = model;
  }

  @Override
  public List<Clause> classify(ParsedDocument document, List<Section> sections, List<ClauseUnit> units) {
    String text = document.text();
    List<Clause> clauses = new ArrayList<>();
    DocumentCategorizerME categorizer = new DocumentCategorizerME(model.categorizer());
    int n = categorizer.getNumberOfCategories();
    double[][] probs = new double[units.size()][];
    double[] best = new double[n];
    for (int u = 0; u < units.size(); u++) {
      probs[u] = categorizer.categorize(ClauseFeatures.of(text, units, u, sections));
      for (int i = 0; i < n; i++) {
        best[i] = Math.max(best[i], probs[u][i]);
      }
    }
    for (int u = 0; u < units.size(); u++) {
      ClauseUnit unit = units.get(u);
      double[] p = probs[u];
      for (int i = 0; i < n; i++) {
        String category = categorizer.getCategory(i);
        ClauseModel.Threshold th = model.threshold(category);
        if (!category.equals(ClauseModel.NONE) && best[i] >= th.document() && p[i] >= th.span()) {
          Section section = unit.section() < 0 ? null : sections.get(unit.section());
          clauses.add(new Clause(category, section == null || section.number().isEmpty() ? null : section.number(),
              headingOf(sections, unit.section()),
              new Provenance(unit.start(), unit.end(), document.pages().pageOf(unit.start()), NAME,
                  Math.min(1.0, p[i]))));
        }
      }
    }
    return clauses;
  }

  /** The nearest heading at or above section {@code s}. */
  static @org.jspecify.annotations.Nullable String headingOf(List<Section> sections, int s) {
    for (int i = s; i >= 0; i = sections.get(i).parent()) {
      if (sections.get(i).heading() != null) {
        return sections.get(i).heading();
      }
    }
    return null;
  }
}
