package org.pactum.extractor.clauses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.extractor.model.Clause;
import org.pactum.extractor.model.PageMap;
import org.pactum.extractor.model.ParsedDocument;
import org.pactum.extractor.model.Section;

class ClauseModelTest {

  @Test
  void theShippedModelKnowsEveryLearntCategoryAndFindsAnAssignmentClause() {
    ClauseModel model = ClauseModel.shipped().orElseThrow(() -> new AssertionError("no clause model in the build"));
    for (String category : ClauseTaxonomy.LEARNT) {
      assertTrue(model.thresholds().containsKey(category), "no threshold for " + category);
    }
    String text = """
        1. Definitions
        The terms used here have the meanings given below.

        14. Assignment
        Neither party may assign or transfer this Agreement or any of its rights or obligations hereunder, \
        whether by operation of law or otherwise, without the prior written consent of the other party.
        """;
    ParsedDocument doc = new ParsedDocument("text/plain", text, PageMap.SINGLE_PAGE, Map.of(), 0);
    List<Section> sections = new SectionSegmenter().segment(text);
    List<Clause> clauses = new TrainedClauseClassifier(model).classify(doc, sections, new ClauseUnitSplitter().split(text, sections));
    Clause assignment = clauses.stream().filter(c -> c.category().equals("Anti-Assignment")).findFirst()
        .orElseThrow(() -> new AssertionError("no Anti-Assignment clause in " + clauses));
    assertTrue(text.substring(assignment.source().start(), assignment.source().end()).startsWith("Neither party may assign"));
    assertEquals("14", assignment.section());
    assertEquals("Assignment", assignment.heading());
  }

  @Test
  void savesAndLoadsWithItsThresholds(@TempDir Path dir) throws Exception {
    ClauseModel model = ClauseModel.shipped().orElseThrow();
    model.save(dir, "test copy");
    ClauseModel again = ClauseModel.load(dir);
    assertEquals(model.thresholds(), again.thresholds());
    assertEquals(model.categorizer().getMaxentModel().getNumOutcomes(), again.categorizer().getMaxentModel().getNumOutcomes());
  }
}
