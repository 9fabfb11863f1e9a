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
    String[] categories = new String[n];
    ClauseModel.Threshold[] thresholds = new ClauseModel.Threshold[n];
    for (int i = 0; i < n; i++) {
      categories[i] = categorizer.getCategory(i);
      thresholds[i] = categories[i].equals(ClauseModel.NONE) ? ClauseModel.Threshold.NEVER : model.threshold(categories[i]);
    }
    for (int u = 0; u < units.size(); u++) {
      ClauseUnit unit = units.get(u);
      for (int i = 0; i < n; i++) {
        if (best[i] >= thresholds[i].document() && probs[u][i] >= thresholds[i].span()) {
          clauses.add(SectionPlace.clause(categories[i], sections, unit.section(),
              new Provenance(unit.start(), unit.end(), document.pages().pageOf(unit.start()), NAME,
                  Math.min(1.0, probs[u][i]))));
        }
      }
    }
    return clauses;
  }
}
