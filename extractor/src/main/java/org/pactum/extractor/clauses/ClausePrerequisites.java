package org.pactum.extractor.clauses;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.pactum.extractor.model.Clause;

/**
 * Categories that exist only beside another: an exception to a competitive restriction needs the
 * restriction, liability left uncapped needs the cap it is carved out of, a kind of licence needs a
 * licence. A classifier's clause of such a category, in a contract where no clause of any of its
 * prerequisites was found, is dropped. On CUAD's training contracts the labels hold each prerequisite
 * beside its category nearly always: a restriction beside 52 of 53 exceptions, a cap beside all 68
 * uncapped liabilities, a licence grant beside 96 of 98 non-transferable, 43 of 45 irrevocable or perpetual licences
 * and every affiliate licence (43 to the licensee, 13 from the licensor). An unlimited licence needs a licence too, and
 * a notice period against renewal a renewal (72 of 74), but neither is checked: out of fold each check lost a contract
 * rightly found and dropped no wrong one.
 */
final class ClausePrerequisites {

  private static final Set<String> LICENCE = Set.of("License Grant");

  /** Per category, the categories one of which a contract must also have. */
  static final Map<String, Set<String>> NEEDS = Map.of(
      "Competitive Restriction Exception",
      Set.of("Non-Compete", "Exclusivity", "No-Solicit of Customers", "No-Solicit of Employees"),
      "Uncapped Liability", Set.of("Cap on Liability"),
      "Non-Transferable License", LICENCE,
      "Affiliate License-Licensee", LICENCE,
      "Affiliate License-Licensor", LICENCE,
      "Irrevocable or Perpetual License", LICENCE);

  private ClausePrerequisites() {}

  /** The classified clauses whose category needs another that none of the document's clauses has. */
  static List<Clause> unmet(List<Clause> classified, Collection<Clause> all) {
    Set<String> found = all.stream().map(Clause::category).collect(Collectors.toSet());
    return classified.stream()
        .filter(c -> NEEDS.containsKey(c.category()) && NEEDS.get(c.category()).stream().noneMatch(found::contains))
        .toList();
  }
}
