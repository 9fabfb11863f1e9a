package org.pactum.indexer.compare;

import java.util.Comparator;
import java.util.List;
import org.pactum.indexer.library.StandardClause;
import org.pactum.indexer.search.ClauseView;

/** Measures clauses against the standard clauses of their category, most deviant first. */
public final class Deviations {

  private Deviations() {}

  public static List<Deviation> rank(List<StandardClause> standards, List<ClauseView> clauses) {
    if (standards.isEmpty()) {
      return List.of();
    }
    return clauses.stream()
        .map(clause -> closest(standards, clause))
        .sorted(Comparator.comparingDouble(Deviation::deviation).reversed().thenComparing(d -> d.clause().clauseId()))
        .toList();
  }

  private static Deviation closest(List<StandardClause> standards, ClauseView clause) {
    Deviation best = null;
    for (StandardClause standard : standards) {
      Difference difference = WordDiff.between(standard.text(), clause.text());
      if (best == null || difference.deviation() < best.deviation()) {
        best = new Deviation(clause, standard.id(), standard.name(), difference.deviation(), difference);
      }
    }
    return best;
  }
}
