package org.pactum.bench.search;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.pactum.indexer.search.SearchRequest;

/**
 * A fixed mix of searches, the same for the same seed: term, phrase, proximity and wildcard queries,
 * boolean queries with category and law filters, contract searches filtered by type and date. Every
 * search counts facets and highlights its hits, as the web app's searches do.
 */
final class QueryMix {

  private static final String[] TERMS = {"liability", "confidential", "indemnify", "terminate", "warranty", "insurance",
      "arbitration", "assign", "license", "royalties", "invoice", "audit", "personnel", "firmware", "packaging",
      "negligence", "renewal", "exclusive", "breach", "notice", "tooling", "subcontractors", "premises", "upgrades"};
  private static final String[] PHRASES = {"\"consequential damages\"", "\"written notice\"", "\"gross negligence\"",
      "\"change of control\"", "\"personal data breach\"", "\"material breach\"", "\"conflict of laws\"",
      "\"transition assistance\"", "\"additional insured\"", "\"force majeure\"", "\"entire agreement\""};
  private static final String[] PROXIMITY = {"\"indemnify negligence\"~5", "\"terminate notice\"~4", "indemnif*",
      "licen*", "confidental~1", "\"liability exceed\"~3", "warrant* AND defects"};
  private static final String[] BOOLEAN = {"liability AND negligence -fraud", "(terminate OR termination) AND insolvent",
      "license AND (worldwide OR exclusive)", "audit AND records -auditor", "data AND breach AND hours",
      "payment OR invoice", "assign AND consent"};
  private static final String[] CATEGORIES = {"Cap on Liability", "Indemnification", "Termination for Cause",
      "Confidentiality", "License Grant", "Audit Rights", "Data Protection", "Anti-Assignment", "Payment Terms"};
  private static final String[] LAWS = {"US-NY", "US-DE", "California", "England and Wales", "DE", "Singapore"};
  private static final String[] TYPES = {"Services", "Supply", "Distribution", "License", "Manufacturing"};

  private QueryMix() {}

  static List<SearchRequest> of(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<SearchRequest> requests = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      requests.add(switch (i % 5) {
        case 0 -> clauses(pick(random, TERMS), SearchRequest.Filters.NONE);
        case 1 -> clauses(pick(random, PHRASES), SearchRequest.Filters.NONE);
        case 2 -> clauses(pick(random, BOOLEAN),
            SearchRequest.Filters.of(pick(random, CATEGORIES), null, pick(random, LAWS), null, null, null));
        case 3 -> new SearchRequest(pick(random, PROXIMITY), SearchRequest.Scope.CLAUSES,
            SearchRequest.Filters.of(null, null, null, null, Integer.toString(2005 + random.nextInt(10)), null),
            SearchRequest.Sort.RELEVANCE, 0, 10);
        default -> new SearchRequest(pick(random, TERMS), SearchRequest.Scope.CONTRACTS,
            SearchRequest.Filters.of(null, null, null, pick(random, TYPES), null, null),
            random.nextBoolean() ? SearchRequest.Sort.DATE : SearchRequest.Sort.RELEVANCE, 0, 10);
      });
    }
    return requests;
  }

  private static SearchRequest clauses(String query, SearchRequest.Filters filters) {
    return new SearchRequest(query, SearchRequest.Scope.CLAUSES, filters, SearchRequest.Sort.RELEVANCE, 0, 10);
  }

  private static String pick(SplittableRandom random, String[] values) {
    return values[random.nextInt(values.length)];
  }
}
