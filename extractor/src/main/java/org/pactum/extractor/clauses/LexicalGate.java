package org.pactum.extractor.clauses;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.pactum.extractor.model.Clause;

/**
 * Lexical checks on classified clauses, for categories that the statistical model confuses with
 * look-alikes: a clause of such a category must use one of the category's anchor words ("escrow" for
 * Source Code Escrow), and must not be the stock wording that says the opposite ("no third party
 * beneficiaries") unless it carves out an exception.
 */
final class LexicalGate {

  /**
   * @param required words a clause of the category always uses; null for none
   * @param refused wording that denies the category; null for none
   * @param exception wording that saves a refused clause, because it grants the category after all
   */
  record Gate(@Nullable Pattern required, @Nullable Pattern refused, @Nullable Pattern exception) {}

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.DOTALL;

  private static final Map<String, Gate> GATES = Map.of(
      "Source Code Escrow", new Gate(Pattern.compile("source\\s+code|escrow|deposit\\s+materials", FLAGS), null, null),
      "Third Party Beneficiary", new Gate(
          Pattern.compile("beneficiar|benefit|enforce", FLAGS),
          Pattern.compile("\\bno\\s+(?:intended\\s+)?third[-\\s]+part(?:y|ies)\\s+beneficiar"
              + "|\\bnot\\s+(?:be\\s+)?(?:intended|construed|deemed)\\s+to\\s+(?:confer|give|create|grant|benefit)"
              + "|\\bnothing\\b.{0,160}\\b(?:confer|give|create|grant)s?\\b|\\bnot\\s+for\\s+the\\s+benefit\\s+of"
              + "|\\bnot\\s+(?:be\\s+)?(?:a\\s+)?third[-\\s]+part(?:y|ies)\\s+beneficiar", FLAGS),
          Pattern.compile("\\bexcept\\b|with\\s+the\\s+exception|\\bsave\\s+(?:as|for)\\b|\\bindemnif|\\bprovided\\s+(?:in|for|that)\\b",
              FLAGS)));

  private LexicalGate() {}

  /** Whether a clause of this category with this text passes its category's gate (always, for ungated categories). */
  static boolean admits(String category, String clauseText) {
    Gate gate = GATES.get(category);
    if (gate == null) {
      return true;
    }
    if (gate.required() != null && !gate.required().matcher(clauseText).find()) {
      return false;
    }
    return gate.refused() == null || !gate.refused().matcher(clauseText).find()
        || gate.exception() != null && gate.exception().matcher(clauseText).find();
  }

  /** The clauses that pass their gates. */
  static List<Clause> filter(String text, List<Clause> clauses) {
    return clauses.stream()
        .filter(c -> admits(c.category(), text.substring(c.source().start(), Math.min(c.source().end(), text.length()))))
        .toList();
  }
}
