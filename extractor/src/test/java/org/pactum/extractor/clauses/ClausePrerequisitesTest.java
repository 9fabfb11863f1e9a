package org.pactum.extractor.clauses;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pactum.extractor.model.Clause;
import org.pactum.extractor.model.Provenance;

class ClausePrerequisitesTest {

  private static Clause clause(String category, int start) {
    return new Clause(category, null, null, new Provenance(start, start + 10, 1, TrainedClauseClassifier.NAME, 0.6));
  }

  private static List<Clause> unmet(List<Clause> classified, List<Clause> others) {
    List<Clause> all = new ArrayList<>(classified);
    all.addAll(others);
    return ClausePrerequisites.unmet(classified, all);
  }

  @Test
  void liabilityLeftUncappedNeedsACapInTheContract() {
    Clause uncapped = clause("Uncapped Liability", 100);
    assertEquals(List.of(uncapped), unmet(List.of(uncapped), List.of()));
    assertEquals(List.of(), unmet(List.of(uncapped, clause("Cap on Liability", 80)), List.of()));
  }

  @Test
  void anExceptionToACompetitiveRestrictionNeedsOneOfTheRestrictions() {
    Clause exception = clause("Competitive Restriction Exception", 300);
    assertEquals(List.of(exception), unmet(List.of(exception, clause("Anti-Assignment", 10)), List.of()));
    for (String restriction : List.of("Non-Compete", "Exclusivity", "No-Solicit of Customers", "No-Solicit of Employees")) {
      assertEquals(List.of(), unmet(List.of(exception, clause(restriction, 200)), List.of()), restriction);
    }
  }

  @Test
  void aKindOfLicenceNeedsALicenceGrantWhoeverFoundIt() {
    Clause nonTransferable = clause("Non-Transferable License", 50);
    Clause irrevocable = clause("Irrevocable or Perpetual License", 70);
    assertEquals(List.of(nonTransferable, irrevocable), unmet(List.of(nonTransferable, irrevocable), List.of()));
    // the grant may come from any classifier or a field: it is among all the document's clauses
    assertEquals(List.of(), unmet(List.of(nonTransferable, irrevocable), List.of(clause("License Grant", 20))));
  }

  @Test
  void categoriesWithoutPrerequisitesAlwaysStand() {
    List<Clause> classified = List.of(clause("Anti-Assignment", 10), clause("Audit Rights", 40),
        clause("Unlimited/All-You-Can-Eat-License", 60), clause("Notice Period to Terminate Renewal", 90));
    assertEquals(List.of(), unmet(classified, List.of()));
  }
}
