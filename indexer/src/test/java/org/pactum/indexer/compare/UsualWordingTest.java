package org.pactum.indexer.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pactum.indexer.search.ClauseView;

class UsualWordingTest {

  private static ClauseView clause(String id, String text) {
    return new ClauseView(id + ":0-1", id, "Contract " + id, id + ".pdf", List.of("Cap on Liability"), 1, 0, text.length(), text);
  }

  private static final String USUAL = "In no event shall either party's aggregate liability arising out of or related to this"
      + " agreement exceed the total fees paid by the customer in the twelve months preceding the claim.";

  @Test
  void theWordingMostClausesShareIsTheStandardNotTheOddOneOut() {
    List<ClauseView> clauses = List.of(
        clause("d", "Supplier's liability is unlimited for breaches of confidentiality, and otherwise limited to one million"
            + " dollars for any and all claims under this agreement, whatever their cause."),
        clause("a", USUAL),
        clause("b", USUAL.replace("twelve", "six")),
        clause("c", USUAL.replace("In no event shall", "Under no circumstances will").replace("customer", "client")),
        clause("e", "Nothing in this agreement limits liability for death or personal injury caused by negligence."));
    UsualWording.Learned learned = UsualWording.of(clauses).orElseThrow();
    assertTrue(List.of("a", "b").contains(learned.clause().contractId()), "a clause of the majority wording: " + learned);
    assertEquals(5, learned.of());
    assertTrue(learned.alike() >= 2, "alike: " + learned.alike());
    assertEquals(learned, UsualWording.of(List.copyOf(clauses.reversed())).orElseThrow(), "the same answer in any order");
    assertTrue(UsualWording.of(clauses.subList(0, 1)).isEmpty(), "one clause teaches nothing");
  }
}
