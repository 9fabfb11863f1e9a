package org.pactum.server.triage;

import java.util.Set;

/** Words nearly every contract uses, for telling OCR's words from its debris when the repository has little else to learn from. */
final class CommonWords {

  static final Set<String> CONTRACT = Set.of(
      "agreement", "party", "parties", "shall", "may", "must", "will", "any", "all", "each", "other", "such", "which", "who",
      "under", "hereby", "herein", "hereof", "hereto", "hereunder", "thereof", "including", "without", "limitation", "upon",
      "within", "days", "day", "month", "months", "year", "years", "date", "effective", "term", "terminate", "termination",
      "notice", "written", "writing", "law", "laws", "state", "court", "courts", "governed", "construed", "accordance",
      "payment", "pay", "fees", "fee", "price", "amount", "invoice", "services", "service", "goods", "products", "product",
      "customer", "supplier", "provider", "client", "company", "corporation", "inc", "llc", "ltd", "between", "made",
      "entered", "into", "lease", "landlord", "tenant", "premises", "rent", "employee", "employer", "employment",
      "confidential", "information", "disclose", "obligations", "rights", "liability", "liable", "damages", "indemnify",
      "warranty", "warranties", "breach", "material", "reasonable", "prior", "consent", "assign", "assignment", "section",
      "article", "schedule", "exhibit", "signature", "signed", "name", "title", "witness", "whereof", "executed", "set",
      "forth", "above", "below", "following", "provided", "provisions", "provision", "applicable", "respect", "period",
      "renew", "renewal", "extend", "contract", "contractor", "owner", "property", "work", "purchase", "order", "delivery",
      "deliver", "time", "first", "new", "one", "two", "three", "thirty", "sixty", "ninety", "dollars", "per", "cent",
      "percent", "total", "sum", "cost", "costs", "expenses", "insurance", "tax", "taxes", "use", "used", "data", "person");

  private CommonWords() {}
}
