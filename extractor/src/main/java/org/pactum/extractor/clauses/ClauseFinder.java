package org.pactum.extractor.clauses;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.pactum.extractor.model.Clause;
import org.pactum.extractor.model.Extraction;
import org.pactum.extractor.model.ParsedDocument;
import org.pactum.extractor.model.Section;

/**
 * Sections and clauses of a document: classifies the units of its layout, keeps what passes the
 * {@link LexicalGate}, and adds the clauses the field extractors' sources give; a classified clause of a
 * category the fields already gave is dropped, and so is one of a category another classifier already found there.
 * The sentences of the sentence-long values ({@link SentenceFieldClauses}) are added last, where no classifier found
 * their clause there. Last, a classified clause of a category that needs another the document lacks is dropped
 * ({@link ClausePrerequisites}).
 */
public final class ClauseFinder {

  private final List<ClauseClassifier> classifiers;

  public ClauseFinder(List<ClauseClassifier> classifiers) {
    this.classifiers = List.copyOf(classifiers);
  }

  /** The shipped categoriser and the heading rules for the project's own categories. */
  public static ClauseFinder standard() {
    return ClauseModel.shipped().map(ClauseFinder::with).orElseGet(() -> new ClauseFinder(List.of(new RuleClauseClassifier())));
  }

  /** This categoriser, in place of the shipped one, and the rules: a model trained on part of the CUAD set, say. */
  public static ClauseFinder with(ClauseModel model) {
    return new ClauseFinder(List.of(new TrainedClauseClassifier(model), new RuleClauseClassifier()));
  }

  /** {@code fields} with the document's sections and clauses added, given its layout. */
  public Extraction addTo(ParsedDocument document, Layout layout, Extraction fields) {
    List<Section> sections = layout.sections();
    List<ClauseUnit> units = layout.units();
    List<Clause> clauses = new ArrayList<>(FieldClauses.of(document, fields));
    Set<String> fromFields = clauses.stream().map(Clause::category).collect(Collectors.toSet());
    List<Clause> classified = new ArrayList<>();
    for (ClauseClassifier classifier : classifiers) {
      for (Clause c : LexicalGate.filter(document.text(), classifier.classify(document, sections, units))) {
        // where a field extractor placed a value, its words are the clause; a classifier's sentence about the
        // same thing (when the contract takes effect) only stands in where the field found nothing
        if (!fromFields.contains(c.category()) && !overlapsSameCategory(clauses, c)) {
          clauses.add(c);
          classified.add(c);
        }
      }
    }
    for (Clause c : SentenceFieldClauses.of(document, sections, units, fields)) {
      if (!overlapsSameCategory(clauses, c)) {
        clauses.add(c);
      }
    }
    clauses.removeAll(ClausePrerequisites.unmet(classified, clauses));
    clauses.sort(Comparator.comparingInt((Clause c) -> c.source().start()).thenComparing(Clause::category));
    return fields.withClauses(sections, clauses);
  }

  /**
   * Whether a clause of the same category already covers part of this one's text: where the categoriser and a phrase
   * rule both find a clause, the first classifier's stands and the page does not list the clause twice.
   */
  private static boolean overlapsSameCategory(List<Clause> kept, Clause clause) {
    for (Clause k : kept) {
      if (k.category().equals(clause.category()) && k.source().start() < clause.source().end()
          && clause.source().start() < k.source().end()) {
        return true;
      }
    }
    return false;
  }
}
