package org.pactum.indexer.search;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The kind of contract, for the "contract type" facet, read from its title: "EXCLUSIVE
 * DISTRIBUTOR AGREEMENT" is a Distribution agreement, "Master Services Agreement" a Services
 * agreement. The first kind whose words the title holds wins; a title with none is "Other".
 */
final class ContractTypes {

  static final String OTHER = "Other";

  private record Kind(String name, Pattern words) {}

  private static final List<Kind> KINDS = List.of(
      kind("Amendment", "amendment|addendum"),
      kind("Statement of Work", "statement\\s+of\\s+work|\\bsow\\b"),
      kind("Non-Disclosure", "non-?disclosure|confidentiality\\s+agreement"),
      kind("Franchise", "franchise"),
      kind("Joint Venture", "joint\\s+venture"),
      kind("Strategic Alliance", "alliance"),
      kind("Co-Branding", "co-?brand"),
      kind("Sponsorship", "sponsorship"),
      kind("Endorsement", "endorsement"),
      kind("Distribution", "distribut|reseller|dealer"),
      kind("Supply", "supply|purchase|procurement"),
      kind("Manufacturing", "manufactur"),
      kind("License", "licen[cs]e"),
      kind("Hosting", "hosting"),
      kind("Maintenance", "maintenance|support"),
      kind("Development", "development|collaboration|research"),
      kind("Outsourcing", "outsourcing"),
      kind("Marketing", "marketing|promotion|advertising|affiliate"),
      kind("Agency", "agency|agent"),
      kind("Consulting", "consult"),
      kind("Services", "services?\\b"),
      kind("Transportation", "transport|shipping"),
      kind("Employment", "employment"),
      kind("Lease", "lease"));

  private ContractTypes() {}

  private static Kind kind(String name, String words) {
    return new Kind(name, Pattern.compile("(?i)" + words));
  }

  static String of(String title) {
    String t = title.toLowerCase(Locale.ROOT);
    for (Kind kind : KINDS) {
      if (kind.words().matcher(t).find()) {
        return kind.name();
      }
    }
    return OTHER;
  }
}
