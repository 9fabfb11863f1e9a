package org.pactum.extractor.clauses;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import org.pactum.extractor.model.Clause;
import org.pactum.extractor.model.ParsedDocument;
import org.pactum.extractor.model.Provenance;
import org.pactum.extractor.model.Section;

/**
 * Classifies units with the trained OpenNLP categoriser: a unit becomes a clause of every category
 * whose probability reaches that category's tuned threshold, joined with the next unit of its section
 * when that one reaches it too. Whether the document has a category at all is decided first, from its
 * best unit and, for the categories that have one, the model that reads the whole document.
 */
public final class TrainedClauseClassifier implements ClauseClassifier {

  public static final String NAME = "clause-categorizer";
  /**
   * The most units one clause is made of: on the training contracts two scored better against CUAD's spans than
   * single sentences (too little of a clause) and longer runs (too much).
   */
  static final int MAX_RUN = 2;
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
    String[] documentWords = null;
    for (int i = 0; i < n; i++) {
      DoccatModel documentModel = model.documentCategorizers().get(categories[i]);
      double wholeDocument = 0;
      if (documentModel != null) {
        documentWords = documentWords == null ? DocumentWords.of(text) : documentWords;
        wholeDocument = probability(documentModel, documentWords);
      }
      if (!thresholds[i].documentHas(best[i], wholeDocument)) {
        continue;
      }
      int found = clauses.size();
      // consecutive units of one section that reach the threshold make one clause: a clause often runs over
      // several sentences, and each sentence alone holds too little of it
      int runStart = -1;
      for (int u = 0; u <= units.size(); u++) {
        boolean in = u < units.size() && probs[u][i] >= thresholds[i].span();
        boolean continues = in && runStart >= 0 && units.get(u).section() == units.get(u - 1).section()
            && u - runStart < MAX_RUN;
        if (runStart >= 0 && !continues) {
          clauses.add(clause(document, sections, units, categories[i], probs, i, runStart, u));
          runStart = -1;
        }
        if (in && runStart < 0) {
          runStart = u;
        }
      }
      if (clauses.size() == found && !units.isEmpty()) {
        // the document has the category, but no unit reached the span threshold (weighed with the whole document, or
        // with a document threshold below the span's): its best unit is the clause, so that the decision shows
        int surest = 0;
        for (int u = 1; u < units.size(); u++) {
          surest = probs[u][i] > probs[surest][i] ? u : surest;
        }
        clauses.add(clause(document, sections, units, categories[i], probs, i, surest, surest + 1));
      }
    }
    return clauses;
  }

  /** The whole-document model's probability that a document of these words has its category. */
  static double probability(DoccatModel documentModel, String[] documentWords) {
    DocumentCategorizerME categorizer = new DocumentCategorizerME(documentModel);
    return categorizer.categorize(documentWords)[categorizer.getIndex(ClauseModel.YES)];
  }

  /** The clause of category {@code i} made of units {@code [from, to)}, as sure as its surest unit. */
  private static Clause clause(ParsedDocument document, List<Section> sections, List<ClauseUnit> units, String category,
      double[][] probs, int i, int from, int to) {
    double confidence = 0;
    for (int u = from; u < to; u++) {
      confidence = Math.max(confidence, probs[u][i]);
    }
    ClauseUnit first = units.get(from);
    return SectionPlace.clause(category, sections, first.section(),
        new Provenance(first.start(), units.get(to - 1).end(), document.pages().pageOf(first.start()), NAME,
            Math.min(1.0, confidence)));
  }
}
