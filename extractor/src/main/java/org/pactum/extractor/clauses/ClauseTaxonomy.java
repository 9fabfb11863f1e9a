package org.pactum.extractor.clauses;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The clause categories: CUAD's 41, by their exact names, and the project's own. Lists only names;
 * what each category holds is learnt from labelled contracts or written as rules.
 */
public final class ClauseTaxonomy {

  /** CUAD's categories whose answer is a value the field extractors find (title, parties, dates). */
  public static final List<String> CUAD_FIELDS = List.of(
      "Document Name", "Parties", "Agreement Date", "Effective Date", "Expiration Date", "Renewal Term",
      "Notice Period to Terminate Renewal", "Governing Law");

  /** CUAD's categories of clauses. */
  public static final List<String> CUAD_CLAUSES = List.of(
      "Most Favored Nation", "Non-Compete", "Exclusivity", "No-Solicit of Customers",
      "Competitive Restriction Exception", "No-Solicit of Employees", "Non-Disparagement",
      "Termination for Convenience", "Rofr/Rofo/Rofn", "Change of Control", "Anti-Assignment",
      "Revenue/Profit Sharing", "Price Restrictions", "Minimum Commitment", "Volume Restriction",
      "IP Ownership Assignment", "Joint IP Ownership", "License Grant", "Non-Transferable License",
      "Affiliate License-Licensor", "Affiliate License-Licensee", "Unlimited/All-You-Can-Eat-License",
      "Irrevocable or Perpetual License", "Source Code Escrow", "Post-Termination Services", "Audit Rights",
      "Uncapped Liability", "Cap on Liability", "Liquidated Damages", "Warranty Duration", "Insurance",
      "Covenant Not to Sue", "Third Party Beneficiary");

  /** The project's own categories, which CUAD does not label. */
  public static final List<String> PACTUM = List.of(
      "Confidentiality", "Indemnification", "Termination for Cause", "Payment Terms", "Force Majeure",
      "Warranty", "Limitation of Liability", "Dispute Resolution", "Notices", "Data Protection",
      "Non-Solicitation", "Entire Agreement", "Severability");

  /**
   * CUAD clause categories found by their stock phrases instead of the categoriser: each phrase rule's document F1
   * on the training contracts beat the categoriser's on the tuning part (Most Favored Nation 0.21 against 0, Non-
   * Disparagement 0.60 against 0.33, Joint IP Ownership 0.68 against 0.40, Unlimited License 0.47 against 0.33), and
   * later against the categoriser's out-of-fold document F1 on all training contracts (Irrevocable or Perpetual
   * License 0.82 against 0.53, Liquidated Damages 0.62 against 0.36, Price Restrictions 0.53 against 0, the
   * categoriser being switched off there, Change of Control 0.69 against 0.62, Third Party Beneficiary 0.80 against
   * 0.40).
   */
  public static final List<String> BY_RULES = List.of(
      "Most Favored Nation", "Non-Disparagement", "Joint IP Ownership", "Unlimited/All-You-Can-Eat-License",
      "Irrevocable or Perpetual License", "Liquidated Damages", "Price Restrictions", "Change of Control",
      "Third Party Beneficiary");

  /** The categories the trained categoriser learns: CUAD's clauses but those by rules, and the sentence-long fields. */
  public static final List<String> LEARNT = Stream.concat(
      Stream.of("Expiration Date", "Renewal Term", "Notice Period to Terminate Renewal", "Governing Law"),
      CUAD_CLAUSES.stream().filter(c -> !BY_RULES.contains(c))).toList();

  private static final Set<String> ALL =
      Set.copyOf(Stream.of(CUAD_FIELDS, CUAD_CLAUSES, PACTUM).flatMap(List::stream).toList());

  private ClauseTaxonomy() {}

  /** Every category name, CUAD's first. */
  public static List<String> all() {
    return Stream.of(CUAD_FIELDS, CUAD_CLAUSES, PACTUM).flatMap(List::stream).toList();
  }

  public static boolean contains(String category) {
    return ALL.contains(category);
  }
}
