package org.pactum.extractor.clauses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.extractor.model.Clause;
import org.pactum.extractor.model.PageMap;
import org.pactum.extractor.model.ParsedDocument;
import org.pactum.extractor.model.Section;

class ClauseModelTest {

  private static final String ASSIGNMENT = """
      1. Definitions
      The terms used here have the meanings given below.

      14. Assignment
      Neither party may assign or transfer this Agreement or any of its rights or obligations hereunder, \
      whether by operation of law or otherwise, without the prior written consent of the other party.
      """;

  @Test
  void theShippedModelKnowsEveryLearntCategoryAndFindsAnAssignmentClause() {
    ClauseModel model = ClauseModel.shipped().orElseThrow(() -> new AssertionError("no clause model in the build"));
    for (String category : ClauseTaxonomy.LEARNT) {
      assertTrue(model.thresholds().containsKey(category), "no threshold for " + category);
      if (model.threshold(category).weight() > 0) {
        assertTrue(model.documentCategorizers().containsKey(category), "no whole-document model for " + category);
      }
    }
    List<Clause> clauses = classify(model, ASSIGNMENT);
    Clause assignment = clauses.stream().filter(c -> c.category().equals("Anti-Assignment")).findFirst()
        .orElseThrow(() -> new AssertionError("no Anti-Assignment clause in " + clauses));
    assertTrue(ASSIGNMENT.substring(assignment.source().start(), assignment.source().end()).startsWith("Neither party may assign"));
    assertEquals("14", assignment.section());
    assertEquals("Assignment", assignment.heading());
  }

  @Test
  void savesAndLoadsWithItsThresholdsAndWholeDocumentModels(@TempDir Path dir) throws Exception {
    ClauseModel model = ClauseModel.shipped().orElseThrow();
    model.save(dir, "test copy");
    ClauseModel again = ClauseModel.load(dir);
    assertEquals(model.thresholds(), again.thresholds());
    assertEquals(model.documentCategorizers().keySet(), again.documentCategorizers().keySet());
    assertEquals(model.categorizer().getMaxentModel().getNumOutcomes(), again.categorizer().getMaxentModel().getNumOutcomes());
  }

  @Test
  void aWeightWithoutItsWholeDocumentModelIsRefused() {
    ClauseModel shipped = ClauseModel.shipped().orElseThrow();
    assertThrows(IllegalArgumentException.class, () -> new ClauseModel(shipped.categorizer(),
        Map.of("Anti-Assignment", new ClauseModel.Threshold(0.5, 0.5, 1)), Map.of()));
  }

  @Test
  void theWholeDocumentWeighsBesideTheBestUnitOnlyWhereTheThresholdGivesItAWeight() {
    ClauseModel.Threshold unitsOnly = new ClauseModel.Threshold(0.3, 0.3);
    assertTrue(unitsOnly.documentHas(0.31, 0.0));
    assertFalse(unitsOnly.documentHas(0.29, 1.0));
    // log-odds: best unit 0 (p 0.5) plus 0.5 * whole document; the threshold 0.5 is log-odds 0
    ClauseModel.Threshold weighted = new ClauseModel.Threshold(0.5, 0.3, 0.5);
    assertTrue(weighted.documentHas(0.5, 0.6));
    assertFalse(weighted.documentHas(0.5, 0.4));
    assertTrue(weighted.documentHas(0.2, 0.99), "a sure whole document lifts a doubtful unit");
    assertFalse(weighted.documentHas(0.8, 0.01), "a whole document without the category holds back a likely unit");
    assertFalse(ClauseModel.Threshold.NEVER.documentHas(1.0, 1.0));
    assertFalse(new ClauseModel.Threshold(2, 2, 1).documentHas(1.0, 1.0));
  }

  @Test
  void whereTheWholeDocumentDecidesAndNoUnitReachesTheSpanThresholdTheBestUnitIsTheClause() throws Exception {
    ClauseModel shipped = ClauseModel.shipped().orElseThrow();
    // a whole-document model that has seen "assign" only in documents with the category
    List<DocumentSample> samples = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      samples.add(new DocumentSample(ClauseModel.YES, new String[] {"assign", "transfer", "consent", "w" + i}));
      samples.add(new DocumentSample(ClauseModel.NONE, new String[] {"price", "delivery", "invoice", "w" + i}));
    }
    TrainingParameters params = TrainingParameters.defaultParams();
    params.put(TrainingParameters.CUTOFF_PARAM, 1);
    DoccatModel whole = DocumentCategorizerME.train("en", ObjectStreamUtils.createObjectStream(samples), params,
        new DoccatFactory(new FeatureGenerator[] {new BagOfWordsFeatureGenerator()}));
    Map<String, ClauseModel.Threshold> thresholds = new HashMap<>(shipped.thresholds());
    // no unit can reach a span threshold above 1
    thresholds.put("Anti-Assignment", new ClauseModel.Threshold(0.5, 1.5, 1));
    Map<String, DoccatModel> wholeDocumentModels = new HashMap<>(shipped.documentCategorizers());
    wholeDocumentModels.put("Anti-Assignment", whole);
    ClauseModel model = new ClauseModel(shipped.categorizer(), thresholds, wholeDocumentModels);

    List<Clause> clauses = classify(model, ASSIGNMENT).stream().filter(c -> c.category().equals("Anti-Assignment")).toList();
    assertEquals(1, clauses.size(), "one clause: " + clauses);
    assertTrue(ASSIGNMENT.substring(clauses.get(0).source().start(), clauses.get(0).source().end())
        .startsWith("Neither party may assign"));

    String pricing = """
        1. Prices
        The price of each delivery is set out in the invoice for it.
        """;
    assertTrue(classify(model, pricing).stream().noneMatch(c -> c.category().equals("Anti-Assignment")));
  }

  @Test
  void aDocumentThresholdBelowTheSpanThresholdShowsTheBestUnitAsTheClause() {
    ClauseModel shipped = ClauseModel.shipped().orElseThrow();
    Map<String, ClauseModel.Threshold> thresholds = new HashMap<>(shipped.thresholds());
    // the assignment sentence passes the document threshold, and no unit can reach a span threshold above 1
    thresholds.put("Anti-Assignment", new ClauseModel.Threshold(0.01, 1.5));
    ClauseModel model = new ClauseModel(shipped.categorizer(), thresholds, shipped.documentCategorizers());

    List<Clause> clauses = classify(model, ASSIGNMENT).stream().filter(c -> c.category().equals("Anti-Assignment")).toList();
    assertEquals(1, clauses.size(), "one clause: " + clauses);
    assertTrue(ASSIGNMENT.substring(clauses.get(0).source().start(), clauses.get(0).source().end())
        .startsWith("Neither party may assign"));
  }

  private static List<Clause> classify(ClauseModel model, String text) {
    ParsedDocument doc = new ParsedDocument("text/plain", text, PageMap.SINGLE_PAGE, Map.of(), 0);
    List<Section> sections = new SectionSegmenter().segment(text);
    return new TrainedClauseClassifier(model).classify(doc, sections, new ClauseUnitSplitter().split(text, sections));
  }
}
