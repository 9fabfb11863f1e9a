package org.pactum.server.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.pactum.extractor.model.Amount;
import org.pactum.extractor.model.ContractRecord;
import org.pactum.extractor.model.Extraction;
import org.pactum.extractor.model.Party;
import org.pactum.indexer.Repository;
import org.pactum.indexer.dates.RenewalKind;
import org.pactum.indexer.search.InvalidQueryException;
import org.pactum.indexer.search.SearchHit;
import org.pactum.indexer.search.SearchRequest;

/** A party's contracts with their key terms, one row each: what procurement looks up about a supplier. */
final class PartyController {

  /** The most contracts one party view lists. */
  static final int MAX_CONTRACTS = 500;

  /**
   * One contract of the party.
   *
   * @param as how the contract names the party ({@code Supplier}), when it gives a short name
   * @param terminationNotice the notice the contract needs to end it early, as an ISO period
   * @param liabilityCap the largest sum the contract caps a party's liability at, with its currency
   * @param largestAmount the largest sum the contract names, with its currency
   */
  record Row(String contractId, String title, String fileName, @Nullable String party, @Nullable String as,
      @Nullable String effectiveDate, @Nullable String expirationDate, @Nullable String renewalTerm, @Nullable Boolean autoRenewal,
      @Nullable String noticePeriod, @Nullable String terminationNotice, @Nullable String governingLaw,
      @Nullable String paymentTerms, @Nullable String liabilityCap, @Nullable String largestAmount, List<String> tags) {}

  private final Repository repository;

  PartyController(Repository repository) {
    this.repository = repository;
  }

  /** {@code name}: words of the party's name or short name, as the party filter of search reads them. */
  void contracts(Context ctx) throws IOException, InvalidQueryException {
    String name = ctx.queryParam("name");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name is required: words of the party's name, e.g. name=acme");
    }
    SearchRequest request = new SearchRequest("", SearchRequest.Scope.CONTRACTS,
        new SearchRequest.Filters(null, name, null, null, null, null), SearchRequest.Sort.DATE, 0, MAX_CONTRACTS);
    List<Row> rows = new ArrayList<>();
    for (SearchHit hit : repository.search(request).hits()) {
      Optional<ContractRecord> record = repository.corrected(hit.contractId());
      if (record.isPresent()) {
        rows.add(row(record.get(), name, repository.tags(hit.contractId())));
      }
    }
    ctx.json(rows);
  }

  private static Row row(ContractRecord r, String name, List<String> tags) {
    Extraction e = r.extraction();
    String wanted = name.toLowerCase(java.util.Locale.ROOT);
    Party party = e.parties().stream()
        .filter(p -> p.name().toLowerCase(java.util.Locale.ROOT).contains(wanted)
            || p.alias() != null && p.alias().toLowerCase(java.util.Locale.ROOT).contains(wanted))
        .findFirst().orElse(null);
    Amount largest = e.amounts().stream().max(java.util.Comparator.comparing(Amount::value)).orElse(null);
    Amount cap = e.amounts().stream().filter(a -> Amount.LIABILITY_CAP.equals(a.purpose()))
        .max(java.util.Comparator.comparing(Amount::value)).orElse(null);
    return new Row(r.id(), r.title(), r.fileName(), party == null ? null : party.name(), party == null ? null : party.alias(),
        e.effectiveDate() == null ? null : e.effectiveDate().date().toString(),
        e.expiration() == null ? null : e.expiration().date().toString(),
        e.renewalTerm() == null ? null : e.renewalTerm().iso(),
        RenewalKind.automatic(e),
        e.noticePeriod() == null ? null : e.noticePeriod().iso(),
        e.terminationNotice() == null ? null : e.terminationNotice().iso(),
        e.governingLaw() == null ? null : e.governingLaw().jurisdiction(),
        e.paymentTerms() == null ? null : e.paymentTerms().text(),
        sum(cap),
        sum(largest),
        tags);
  }

  /** A sum as a table shows it: "USD 1000000"; null for none. */
  private static @Nullable String sum(@Nullable Amount a) {
    return a == null ? null : a.currency() + " " + a.value().setScale(0, java.math.RoundingMode.HALF_UP).toPlainString();
  }

}
