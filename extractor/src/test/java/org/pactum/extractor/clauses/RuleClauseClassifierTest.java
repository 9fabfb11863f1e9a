package org.pactum.extractor.clauses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pactum.extractor.model.Clause;
import org.pactum.extractor.model.PageMap;
import org.pactum.extractor.model.ParsedDocument;
import org.pactum.extractor.model.Section;

class RuleClauseClassifierTest {

  private static List<Clause> classify(String text) {
    ParsedDocument doc = new ParsedDocument("text/plain", text, PageMap.SINGLE_PAGE, Map.of(), 0);
    List<Section> sections = new SectionSegmenter().segment(text);
    return new RuleClauseClassifier().classify(doc, sections, new ClauseUnitSplitter().split(text, sections));
  }

  /** Each of {@code texts} gives a clause of {@code category}. */
  private static void assertFound(String category, List<String> texts) {
    texts.forEach(text -> assertTrue(classify(text).stream().anyMatch(c -> c.category().equals(category)), text));
  }

  /** None of {@code texts} gives a clause of {@code category}. */
  private static void assertNotFound(String category, List<String> texts) {
    texts.forEach(text -> assertTrue(classify(text).stream().noneMatch(c -> c.category().equals(category)), text));
  }

  @Test
  void headingsAndStockPhrasesGiveTheProjectsCategories() {
    String text = """
        14. FORCE MAJEURE
        Neither party is liable for delay caused by events beyond its reasonable control. Such events include fire and flood.

        15. Notices
        Notices shall be given in writing to the addresses above.

        16. Miscellaneous
        This Agreement constitutes the entire agreement between the parties regarding its subject.
        If any provision is held to be invalid, the remaining provisions stay in force.
        Supplier shall invoice monthly and Customer shall pay each invoice within thirty (30) days of receipt of the invoice.
        """;
    List<Clause> clauses = classify(text);
    Map<String, String> byCategory = new TreeMap<>();
    clauses.forEach(c -> byCategory.put(c.category(), text.substring(c.source().start(), c.source().end())));
    assertEquals(List.of("Entire Agreement", "Force Majeure", "Notices", "Payment Terms", "Severability"),
        List.copyOf(byCategory.keySet()), clauses.toString());
    assertTrue(byCategory.get("Force Majeure").startsWith("Neither party") && byCategory.get("Force Majeure").endsWith("flood."),
        "the two sentences under the heading make one clause: " + byCategory.get("Force Majeure"));
    Clause notices = clauses.stream().filter(c -> c.category().equals("Notices")).findFirst().orElseThrow();
    assertEquals("15", notices.section());
    assertEquals("Notices", notices.heading());
    assertEquals(RuleClauseClassifier.NAME, notices.source().extractor());
  }

  @Test
  void ordinaryTextHasNone() {
    assertTrue(classify("The parties met on Tuesday. They discussed the weather at length.").isEmpty());
  }

  @Test
  void stockPhrasesGiveTheCuadCategoriesDecidedByRules() {
    String text = """
        7. Pricing. Supplier's prices to Customer shall be no less favorable than those offered to any other customer.
        8. Conduct. Neither party shall disparage the other in public.
        9. Improvements. Improvements made together shall be jointly owned by the parties.
        10. Licence. Customer may make an unlimited number of copies for internal use.
        11. Delivery. Supplier ships the goods by truck.
        """;
    List<String> categories = classify(text).stream().map(Clause::category).distinct().sorted().toList();
    assertEquals(List.of("Joint IP Ownership", "Most Favored Nation", "Non-Disparagement", "Unlimited/All-You-Can-Eat-License"),
        categories);
    assertTrue(ClauseTaxonomy.BY_RULES.stream().noneMatch(ClauseTaxonomy.LEARNT::contains));
  }

  @Test
  void phrasesMatchAcrossLineBreaksAndAffiliateLicencesAreRead() {
    String text = """
        3. Allocation. If supply is short, Distributor shall be treated no less
        favorably than any other distributor.
        4. Affiliates. Licensee may sublicense the rights granted under Section 2 to its Affiliates,
        provided that Licensee remains responsible for them.
        5. Delivery. Supplier ships the goods by truck.
        """;
    List<String> categories = classify(text).stream().map(Clause::category).distinct().sorted().toList();
    assertEquals(List.of("Affiliate License-Licensee", "Most Favored Nation"), categories);
  }
  @Test
  void widerPhrasingsOfTheRuleCategories() {
    String text = """
        2. Prices. The prices charged to Reseller shall be no less favorable to Reseller than those at which Vendor sells to any
        similarly situated reseller.
        3. Exit. If Customer ends this Agreement early, Customer shall pay a cancellation fee equal to three monthly fees.
        4. Results. Each party owns an equal, undivided interest in the Joint Inventions.
        5. Content. Vendor grants Customer an unlimited, perpetual, worldwide license to use the reports.
        6. Ending. Either party may end this Agreement in the event of a merger of the other party with a competitor.
        7. Delivery. Supplier ships the goods by truck.
        """;
    List<String> categories = classify(text).stream().map(Clause::category).distinct().sorted().toList();
    assertEquals(List.of("Change of Control", "Irrevocable or Perpetual License", "Joint IP Ownership", "Liquidated Damages",
        "Most Favored Nation", "Unlimited/All-You-Can-Eat-License"), categories);
  }
  @Test
  void termsMeasuredAgainstWhatOthersGetAreMostFavoured() {
    assertFound("Most Favored Nation", List.of(
        "The prices at which Vendor sells to Reseller shall be no less favorable to the Reseller than those prices at"
            + " which Vendor sells like products in Canada.",
        "Members shall be dealt with at least as favorably in all respects (including price and service levels) as"
            + " Operator deals with its own members."));
  }
  @Test
  void aLicenceExclusiveEvenAgainstTheLicensorsAffiliatesIsNoAffiliateLicence() {
    String exclusive = "Orinda grants to Halstead an exclusive (except as to Orinda and its Affiliates) license under the"
        + " Orinda Patents.";
    assertTrue(classify(exclusive).stream().noneMatch(c -> c.category().equals("Affiliate License-Licensee")));
    String affiliates = "Licensor grants to Acme and its Affiliates a non-exclusive license under the Patents.";
    assertTrue(classify(affiliates).stream().anyMatch(c -> c.category().equals("Affiliate License-Licensee")));
  }

  /** A category, wordings of its clause that its phrase rule finds, and look-alikes it must leave. */
  record Phrasings(String category, List<String> found, List<String> left) {}

  static List<Phrasings> phrasings() {
    return List.of(
        new Phrasings("No-Solicit of Customers", List.of(
            "The Carrier agrees not to solicit, directly or indirectly, orders from the existing customers of Acme.",
            "For a year each party agrees not to solicit any client introduced to it by the other party.",
            "The Franchisee shall not divert, or try to divert, any customers of any outlet to a competitor."), List.of(
            "At the fair the Agent shall not use loudspeakers to solicit customers.",
            "Zenith shall not solicit any employee of Acme or any employee of any Acme client.",
            "Acme does not usually solicit customers engaged in gaming.")),
        new Phrasings("Rofr/Rofo/Rofn", List.of(
            "The Issuer shall offer the Agent the first right to act as its underwriter for the next offering.",
            "Before entering a new region Acme will offer Zenith the first opportunity to become the distributor there.",
            "When this Agreement expires, on equal terms Zenith has a preferential right to continue the cooperation.",
            "Acme shall offer Orinda an opportunity to purchase its share of the new shares."), List.of(
            "Acme shall have the first right, but not the obligation, at its own cost, to enforce the Marks.",
            "Subject to the Sponsor's first right to use the show car, the Team may display it.",
            "The Licensee shall have the first right to prosecute the joint patents.")),
        new Phrasings("Source Code Escrow", List.of(
            "Within 90 days the parties shall sign an escrow agreement with an escrow agent for the source code.",
            "The Vendor shall pay for keeping the source code escrow up to date.",
            "Once a Release Condition occurs, the Customer may release the Source Code for its own use."), List.of(
            "The Vendor delivers object code only; the source code stays the Vendor's confidential information.",
            "The deposit shall be held in escrow until Closing.")),
        new Phrasings("Covenant Not to Sue", List.of(
            "The Reseller shall not contest Acme's ownership of any of the foregoing.",
            "The Licensee will not attack the validity of the Marks.",
            "Each grantor undertakes not to assert any claim of infringement against the other's customers."), List.of(
            "Any dispute as to the validity of this Agreement shall be settled by arbitration.",
            "The parties shall not bring suit outside the courts of Delaware.")),
        new Phrasings("IP Ownership Assignment", List.of(
            "Acme will assign all right, title and interest in the Domains to Zenith.",
            "The Distributor shall execute any documents needed to assign to the Maker all rights in the improvements."), List.of(
            "Neither party may assign this Agreement without the other's consent.",
            "The Supplier shall sign the documents that the Customer reasonably requests.")),
        new Phrasings("Audit Rights", List.of(
            "To check the Licensee's compliance, the Licensor shall have the right to inspect the materials.",
            "Either party may audit the other's compliance with this Agreement once a year.",
            "The Seller shall keep its books and records available to the Buyer at all times.",
            "These reports shall be available for inspection by Acme on reasonable notice."), List.of(
            "The model waives the right to inspect or approve the photographs.",
            "The Product shall be inspected on delivery.")),
        new Phrasings("License Grant", List.of(
            "Acme will grant to Zenith an irrevocable, non-exclusive, royalty-free license to use the Product.",
            "During the term Zenith shall have a non-exclusive license to use the System.",
            "The Agent is granted a limited license to use the Marks for the sale.",
            "Subject to this Agreement, Acme grants the Reseller the right to use the Acme trademarks."), List.of(
            "If a debtor is granted a credit, the Servicer shall record it.",
            "The Customer may not use the Software after termination.")),
        new Phrasings("Anti-Assignment", List.of(
            "This Agreement shall not be assignable by the Consultant.",
            "This Agreement may not be modified or assigned except in a writing signed by both parties.",
            "The member's rights cannot be transferred or assigned.",
            "This Agreement will end automatically in the event of its assignment."), List.of(
            "Either party may assign this Agreement to a successor.",
            "The Seller shall assign the Domains to the Buyer at Closing.")),
        new Phrasings("Affiliate License-Licensee", List.of(
            "Orinda hereby grants a non-exclusive license to the Company and its operating subsidiaries to use the Marks.",
            "The model grants Halstead together with its affiliates a perpetual right to use the photographs.",
            "Orinda grants to Halstead, its Affiliates and Subcontractors all licenses needed to perform the Services.",
            "Orinda grants Halstead a license (with a limited right to sub-license to its Affiliates) to the Property.",
            "Licensee may sublicense its rights solely to a current or future wholly owned subsidiary of Licensee.",
            "All rights granted to Halstead here may be exercised by or through Halstead and/or its Affiliates."), List.of(
            "Orinda grants to Halstead a license under the Patents, and Halstead shall inform its Affiliates of it.",
            "Halstead may not sublicense the rights granted to it.")),
        new Phrasings("Affiliate License-Licensor", List.of(
            "1.7 “Orinda Know-How” means any Know-How that is Controlled by Orinda or its Affiliates on the Effective Date.",
            "\"Licensed Patents\" shall mean all Patents owned or controlled at any time by Orinda or any Orinda Subsidiary.",
            "Orinda, on behalf of itself and its Affiliates, hereby grants to Halstead a license under the Patents."), List.of(
            "“Orinda Know-How” means any Know-How that is Controlled by Orinda as of the Effective Date.",
            "“Affiliate” means any entity controlled by a party, and “Patents” means the patents listed in Schedule A.")));
  }

  @ParameterizedTest
  @MethodSource("phrasings")
  void phraseRulesFindTheirWordingsAndLeaveTheLookAlikes(Phrasings p) {
    assertFound(p.category(), p.found());
    assertNotFound(p.category(), p.left());
  }

  @Test
  void aRightOfFirstRefusalIsNotMostFavouredTerms() {
    assertTrue(classify("Owner may then sell to the third party on terms no more favourable to the third party than those offered.")
        .stream().noneMatch(c -> c.category().equals("Most Favored Nation")));
  }
  @Test
  void limitsOnRaisingPrices() {
    assertFound("Price Restrictions", List.of(
        "Either Party may request an increase or decrease of the Fees no more than once in any Contract Year.",
        "Sponsor may extend the Agreement for another year with fees that do not exceed a five percent increase.",
        "Storage costs $12.00 per hour, subject to a maximum charge of $90.00 per container each day.",
        "The prices listed in Exhibit A shall not be increased during the first year.",
        "The prices in Annex 2 shall be firm for at least eighteen (18) months."));
    assertNotFound("Price Restrictions", List.of(
        "Supplier may increase its prices on sixty days' notice.",
        "The fees are set out in Exhibit B and are payable within thirty days of invoice."));
  }
  @Test
  void guardingTheOtherPartysReputationIsNonDisparagement() {
    assertFound("Non-Disparagement", List.of(
        "The Company shall not tarnish or bring into disrepute the reputation of the Licensed Trademarks.",
        "Franchisee agrees to refrain from any practice which may be injurious to the goodwill associated with the Marks.",
        "Neither party shall disparage the other."));
    String warranty = "Licensor warrants that the Content will not constitute defamation, product disparagement or trade libel.";
    assertTrue(classify(warranty).stream().noneMatch(c -> c.category().equals("Non-Disparagement")));
  }
  @Test
  void jointOwnershipOfWhatThePartiesMakeNotOfACompanyOrAPartnership() {
    assertFound("Joint IP Ownership", List.of(
        "The Company and MBE shall jointly own all customer lists gathered under this Agreement.",
        "Each party owns an equal, undivided interest in the Joint Inventions."));
    assertNotFound("Joint IP Ownership", List.of(
        "This Agreement does not create an association, joint venture, co-ownership, or partnership between the Parties.",
        "Such arrangements include leases, license agreements and jointly owned entities between customers.",
        "On winding up, the venture's assets go to the members ratably as undivided interests in a joint venture."));
  }
  @Test
  void aLeaseTerminationFeeOrAPaymentMadeBeforeTerminationIsNoLiquidatedDamages() {
    assertTrue(classify("If Customer ends this Agreement early, it shall pay a termination fee of $5,000.").stream()
        .anyMatch(c -> c.category().equals("Liquidated Damages")));
    assertNotFound("Liquidated Damages", List.of(
        "Shared costs may include lease termination fees and employee severance costs.",
        "Upon such termination, Partner is not eligible for any refund of pre-termination payments."));
  }
  @Test
  void consentToAChangeOfControlNotAMergerThatNeedsNoConsent() {
    assertFound("Change of Control", List.of(
        "Either party may terminate this Agreement upon a change of control of the other party.",
        "Neither party may assign this Agreement, including in connection with a merger, without the other's prior written"
            + " consent.",
        "No such consent is required in the event of a Change of Control of Licensee so long as the surviving Person"
            + " assumes all the obligations of Licensee."));
    assertNotFound("Change of Control", List.of(
        "Either party may assign this Agreement without the other party's consent in connection with a merger or a sale of"
            + " all or substantially all of its assets.",
        "No such consent shall be required for an assignment in connection with a merger or consolidation of a party."));
  }
  @Test
  void phrasesThatSpeakForLearntCategoriesBesideTheCategoriser() {
    Map<String, String> examples = Map.of(
        "Rofr/Rofo/Rofn", "Before selling the Plant to anyone else, Owner shall grant Buyer a right of first refusal.",
        "No-Solicit of Employees", "During the Term neither party shall solicit for employment any employee of the other.",
        "Non-Compete", "For two years Consultant shall not engage in any business that competes with the Company.",
        "IP Ownership Assignment", "Contractor hereby assigns to Client all rights in the Deliverables.",
        "Insurance", "Supplier shall maintain product liability insurance of at least USD 1,000,000.",
        "Exclusivity", "Supplier appoints Reseller as its exclusive distributor in the Territory.",
        "Non-Transferable License", "Vendor grants Customer a non- transferable licence to run the Software.",
        "Warranty Duration", "Supplier warrants the goods against defects for twelve (12) months from delivery.",
        "License Grant", "Owner hereby grants to Publisher a worldwide licence to print the Work.");
    examples.forEach((category, sentence) ->
        assertTrue(classify(sentence).stream().anyMatch(c -> c.category().equals(category)), sentence));
    for (String notExclusive : List.of(
        "Supplier grants Reseller a non-exclusive licence to use the Marks.",
        "All fees are exclusive of sales taxes.",
        "This section states the sole and exclusive remedy of Customer for any infringement.",
        "The Licensor shall have the exclusive right, but not the obligation, to prosecute infringers.",
        "Competent courts may grant injunctions.")) {
      assertTrue(classify(notExclusive).stream().noneMatch(c -> c.category().equals("Exclusivity")
          || c.category().equals("Non-Compete")), notExclusive);
    }
  }
  @Test
  void aThirdPartyBeneficiaryNamedNotTheStockDenial() {
    assertFound("Third Party Beneficiary", List.of(
        "The Licensor shall be an intended third-party beneficiary of this Agreement and may enforce it.",
        "Acme and its suppliers shall be deemed to be third party beneficiaries of this agreement.",
        "The Lender does not sign this Agreement and bears no duty under it, but is an intended third party beneficiary hereof.",
        "Each party agrees that the foregoing indemnities also apply for the benefit of the League and its officers."));
    assertNotFound("Third Party Beneficiary", List.of(
        "No person who is not a party to this Agreement shall be a third party beneficiary of any of its provisions.",
        "Nothing in this Agreement shall be construed to give any person any rights as a third party beneficiary.",
        "The respective indemnities of the Company and the Agent shall remain in force and be entitled to the benefit of"
            + " any successor."));
  }
  @Test
  void theAgreementTakingEffectNotAWaiverANoticeOrATermination() {
    assertFound("Effective Date", List.of(
        "This Hosting Agreement shall become effective when both parties have signed it.",
        "This Agreement shall come into force on the date written above.",
        "The term of this Agreement will begin on the day the last party signs it (the \"Effective Date\").",
        "This Reseller Agreement is entered into effective as of the later of the two dates of signature below."));
    assertNotFound("Effective Date", List.of(
        "No waiver of any term of this Agreement shall be effective unless it is in writing.",
        "Any notice sent by courier to the address above shall be effective when delivered.",
        "Such termination shall become effective at the end of the cure period.",
        "This Agreement shall be effective until the second anniversary of its signing."));
  }

  @Test
  void aPerpetualRightToUseOrALicenceWhoseWordsASectionNumberSplits() {
    assertFound("Irrevocable or Perpetual License", List.of(
        "Parent grants to NewCo a non-exclusive, perpetual and irrevocable, sublicensable (subject to Section 4.02(c))"
            + " license under the Parent Patents.",
        "Franchisee grants to Franchisor a perpetual and worldwide right to use such ideas and recipes.",
        "Vendor grants, lasting in perpetuity unless terminated, a non-exclusive licence to use the software."));
    assertTrue(classify("Customer has a non-exclusive right to use the Software during the Term, and Section 4.2 sets its"
        + " fees.").stream().noneMatch(c -> c.category().equals("Irrevocable or Perpetual License")));
  }
}
