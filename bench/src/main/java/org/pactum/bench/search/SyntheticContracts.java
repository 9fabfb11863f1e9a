package org.pactum.bench.search;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.pactum.extractor.model.Amount;
import org.pactum.extractor.model.Clause;
import org.pactum.extractor.model.ContractRecord;
import org.pactum.extractor.model.DocumentStatus;
import org.pactum.extractor.model.ExtractedDate;
import org.pactum.extractor.model.ExtractedText;
import org.pactum.extractor.model.Extraction;
import org.pactum.extractor.model.GoverningLaw;
import org.pactum.extractor.model.PageMap;
import org.pactum.extractor.model.Party;
import org.pactum.extractor.model.Provenance;

/**
 * Varied synthetic contracts for the search benchmark, the same for the same number: a type, two
 * parties, a governing law, a date and about a hundred numbered clauses, each classified, written
 * from templates with the parties, numbers, durations, amounts and technical nouns filled in and a
 * sentence or two of filler, so the vocabulary is large and no two clauses are alike.
 */
public final class SyntheticContracts {

  static final String[] TYPES = {"Master Services Agreement", "Supply Agreement", "Distribution Agreement",
      "Software License Agreement", "Consulting Agreement", "Reseller Agreement", "Manufacturing Agreement",
      "Hosting Services Agreement", "Maintenance and Support Agreement", "Outsourcing Agreement", "Franchise Agreement",
      "Sponsorship Agreement", "Joint Venture Agreement", "Co-Branding Agreement", "Lease Agreement"};
  static final String[][] LAWS = {{"New York", "US-NY"}, {"Delaware", "US-DE"}, {"California", "US-CA"},
      {"Texas", "US-TX"}, {"Illinois", "US-IL"}, {"Massachusetts", "US-MA"}, {"England and Wales", "GB-EAW"},
      {"Ontario", "CA-ON"}, {"Ireland", "IE"}, {"Germany", "DE"}, {"Switzerland", "CH"}, {"Singapore", "SG"}};
  private static final String[] NAME_A = {"North", "Harbor", "Cedar", "Blue", "Iron", "Silver", "Maple", "Granite",
      "Summit", "River", "Pine", "Falcon", "Atlas", "Beacon", "Crescent", "Delta", "Ember", "Frontier", "Golden", "Hollow",
      "Juniper", "Keystone", "Lumen", "Meridian", "Nova", "Orchard", "Prairie", "Quarry", "Redwood", "Sterling"};
  private static final String[] NAME_B = {"wind", "view", "stone", "field", "gate", "bridge", "crest", "brook", "point",
      "ridge", "works", "line", "port", "wood", "vale", "haven", "mark", "light", "forge", "spring"};
  private static final String[] NAME_C = {"Analytics", "Medical Supply", "Logistics", "Software", "Foods", "Energy",
      "Devices", "Textiles", "Pharma", "Robotics", "Media", "Telecom", "Chemicals", "Aerospace", "Retail", "Finance"};
  private static final String[] SUFFIX = {"Inc.", "LLC", "Corp.", "Ltd.", "GmbH", "plc", "S.A.", "B.V."};
  private static final String[] ALIAS = {"Provider", "Client", "Supplier", "Customer", "Licensor", "Licensee",
      "Distributor", "Manufacturer", "Vendor", "Buyer", "Company", "Contractor"};
  private static final String[] NUMBERS = {"one (1)", "two (2)", "three (3)", "five (5)", "six (6)", "ten (10)",
      "twelve (12)", "fifteen (15)", "thirty (30)", "forty-five (45)", "sixty (60)", "ninety (90)"};
  private static final String[] NOUNS = ("software hardware firmware deliverables documentation specifications "
      + "components materials products services equipment facilities premises inventory shipments orders forecasts "
      + "invoices reports records data systems networks servers applications interfaces modules licenses trademarks "
      + "patents copyrights improvements derivatives samples prototypes tooling molds packaging labels warranties "
      + "repairs replacements upgrades releases patches backups credentials personnel subcontractors affiliates "
      + "customers distributors territories channels campaigns sponsorships events royalties fees charges credits "
      + "rebates discounts taxes duties tariffs audits inspections certifications approvals permits consents").split(" ");
  private static final String[] FILLER = {
      "The parties acknowledge that the {n} form an essential part of the bargain.",
      "Any reference to the {n} includes their successors and permitted replacements.",
      "This obligation applies to all {n} supplied under any Statement of Work.",
      "{A} shall keep complete and accurate records of the {n} for {num} years.",
      "Nothing in this Section limits the rights of {B} in respect of the {n}.",
      "The {n} shall conform to the specifications set out in Schedule {s}.",
      "{B} may request reasonable evidence of compliance with respect to the {n}.",
      "Time is of the essence for the delivery of the {n}.",
      "The {n} remain subject to the change control procedure in Schedule {s}.",
      "Each party shall bear its own costs in relation to the {n} unless agreed otherwise in writing."};

  /** Categories with two or three wordings each; {A}, {B} the parties, {num} a number, {n} a noun. */
  static final Map<String, String[]> TEMPLATES = Map.ofEntries(
      Map.entry("Confidentiality", new String[] {
          "Each party shall hold the Confidential Information of the other party in strict confidence and shall not disclose it to any third party for {num} years after disclosure.",
          "{A} agrees to keep confidential all information relating to the {n} of {B} and to use it only to perform this Agreement.",
          "The receiving party shall protect Confidential Information with at least the degree of care it uses for its own information of like importance, and never less than reasonable care."}),
      Map.entry("Cap on Liability", new String[] {
          "Each party's total aggregate liability arising out of or relating to this Agreement shall not exceed the fees paid or payable by {B} in the {num} months preceding the claim.",
          "The liability of {A} for all claims in any contract year shall be limited to {amt}.",
          "In no event shall either party's cumulative liability exceed the greater of {amt} and the charges paid for the {n}."}),
      Map.entry("Limitation of Liability", new String[] {
          "In no event shall either party be liable for any indirect, incidental, special, consequential or punitive damages, or for lost profits, even if advised of the possibility of such damages.",
          "Neither party shall be liable for loss of data, business interruption or loss of goodwill arising from the {n}, except in the case of gross negligence or wilful misconduct."}),
      Map.entry("Uncapped Liability", new String[] {
          "The limitations in this Section shall not apply to liability for death or personal injury caused by negligence, fraud, or breach of the confidentiality obligations.",
          "Nothing in this Agreement limits the liability of {A} for gross negligence, wilful misconduct or infringement of intellectual property rights in the {n}."}),
      Map.entry("Indemnification", new String[] {
          "{A} shall indemnify, defend and hold harmless {B} from and against all claims, losses and expenses arising from any breach of this Agreement or the negligence of {A}.",
          "{B} shall indemnify {A} against any third-party claim that the {n} infringe a patent, copyright or trade secret, provided that {A} gives prompt notice of the claim."}),
      Map.entry("Termination for Convenience", new String[] {
          "Either party may terminate this Agreement for convenience on {num} days' written notice to the other party.",
          "{B} may terminate any Statement of Work at any time without cause upon {num} days' prior written notice, subject to payment for the {n} delivered."}),
      Map.entry("Termination for Cause", new String[] {
          "Either party may terminate this Agreement immediately by written notice if the other party commits a material breach that is not cured within {num} days after notice.",
          "{A} may terminate this Agreement if {B} becomes insolvent, makes an assignment for the benefit of creditors or has a receiver appointed over the {n}."}),
      Map.entry("Governing Law", new String[] {
          "This Agreement shall be governed by and construed in accordance with the laws of {law}, without regard to its conflict of laws principles.",
          "The laws of {law} govern this Agreement and any dispute arising from the {n}."}),
      Map.entry("Dispute Resolution", new String[] {
          "Any dispute shall first be referred to senior executives of the parties, who shall meet within {num} days; failing resolution, the dispute shall be settled by binding arbitration.",
          "The courts located in {law} shall have exclusive jurisdiction over any dispute concerning the {n}."}),
      Map.entry("Anti-Assignment", new String[] {
          "Neither party may assign or transfer this Agreement without the prior written consent of the other party, which shall not be unreasonably withheld.",
          "{B} shall not assign, delegate or subcontract any of its obligations concerning the {n} without the consent of {A}."}),
      Map.entry("Change of Control", new String[] {
          "A change of control of {B} shall be deemed an assignment requiring the consent of {A}.",
          "If either party undergoes a change of control, the other party may terminate this Agreement on {num} days' notice."}),
      Map.entry("Renewal Term", new String[] {
          "Upon expiration of the Initial Term, this Agreement shall automatically renew for successive {num} year periods unless either party gives notice of non-renewal.",
          "The parties may extend the term by mutual written agreement for additional periods of {num} months."}),
      Map.entry("Notice Period to Terminate Renewal", new String[] {
          "Either party may prevent renewal by giving written notice at least {num} days before the end of the then-current term.",
          "Notice of non-renewal must be received no later than {num} days prior to the expiration of the term."}),
      Map.entry("Payment Terms", new String[] {
          "{B} shall pay each undisputed invoice within {num} days of receipt, in the currency stated in the invoice.",
          "All fees for the {n} are payable net {num} days from the invoice date; late amounts bear interest at one percent per month."}),
      Map.entry("Audit Rights", new String[] {
          "{A} may, on {num} days' notice and not more than once a year, audit the books and records of {B} relating to the {n}.",
          "{B} shall permit an independent auditor appointed by {A} to inspect its records of the {n} during normal business hours."}),
      Map.entry("Insurance", new String[] {
          "{A} shall maintain commercial general liability insurance of at least {amt} per occurrence and shall name {B} as an additional insured.",
          "Throughout the term {B} shall carry professional liability insurance covering the {n} with limits of not less than {amt}."}),
      Map.entry("Warranty", new String[] {
          "{A} warrants that the {n} will conform to the specifications and be free from defects in materials and workmanship for {num} months after delivery.",
          "{A} warrants that it will perform the services in a professional and workmanlike manner in accordance with generally accepted industry standards."}),
      Map.entry("Warranty Duration", new String[] {
          "The warranty period for the {n} is {num} months from acceptance.",
          "Warranty claims must be made within {num} days after the defect is discovered and in any event within the warranty period."}),
      Map.entry("License Grant", new String[] {
          "{A} grants {B} a non-exclusive, non-transferable license to use the {n} solely for its internal business purposes during the term.",
          "Subject to payment of the fees, {A} grants {B} a worldwide, royalty-bearing license to reproduce and distribute the {n}."}),
      Map.entry("IP Ownership Assignment", new String[] {
          "All intellectual property rights in the deliverables created by {A} under this Agreement shall vest in {B} upon creation.",
          "{A} hereby assigns to {B} all right, title and interest in and to the {n}, including all improvements."}),
      Map.entry("Non-Compete", new String[] {
          "During the term and for {num} months thereafter, {A} shall not engage in any business that competes with {B} in the territory.",
          "{B} shall not market products that compete with the {n} without the consent of {A}."}),
      Map.entry("No-Solicit of Employees", new String[] {
          "Neither party shall solicit for employment any employee of the other party engaged in the performance of this Agreement for {num} months after its termination.",
          "{B} shall not hire or solicit personnel of {A} who worked on the {n}."}),
      Map.entry("Exclusivity", new String[] {
          "{B} is appointed the exclusive distributor of the {n} in the territory during the term.",
          "{A} shall purchase all of its requirements for the {n} exclusively from {B}."}),
      Map.entry("Minimum Commitment", new String[] {
          "{B} shall purchase a minimum of {amt} of {n} in each contract year.",
          "If the orders of {B} fall below the minimum annual quantity, {A} may invoice the shortfall at the then-current price."}),
      Map.entry("Force Majeure", new String[] {
          "Neither party shall be liable for any failure or delay caused by events beyond its reasonable control, including acts of God, war, epidemic, strikes or failure of public utilities.",
          "If a force majeure event prevents performance relating to the {n} for more than {num} days, either party may terminate this Agreement."}),
      Map.entry("Notices", new String[] {
          "All notices under this Agreement shall be in writing and delivered by hand, courier or registered mail to the addresses set out above.",
          "Notices to {B} concerning the {n} shall be sent to its legal department with a copy by email."}),
      Map.entry("Data Protection", new String[] {
          "Each party shall comply with applicable data protection laws and {A} shall process personal data only on the documented instructions of {B}.",
          "{A} shall notify {B} without undue delay and in any event within {num} hours after becoming aware of a personal data breach."}),
      Map.entry("Entire Agreement", new String[] {
          "This Agreement constitutes the entire agreement between the parties and supersedes all prior agreements, representations and understandings.",
          "This Agreement and its schedules set out the whole agreement of the parties concerning the {n}."}),
      Map.entry("Severability", new String[] {
          "If any provision of this Agreement is held invalid or unenforceable, the remaining provisions shall continue in full force and effect.",
          "An unenforceable provision concerning the {n} shall be replaced by a valid provision that comes closest to the parties' intention."}),
      Map.entry("Post-Termination Services", new String[] {
          "Upon termination {A} shall provide reasonable transition assistance for up to {num} months at its then-current rates.",
          "After expiry {A} shall continue to support the {n} for {num} months to allow an orderly migration."}));

  private static final String[] CATEGORIES = TEMPLATES.keySet().stream().sorted().toArray(String[]::new);
  private static final int PAGE_CHARS = 3500;

  private final int clausesPerContract;

  public SyntheticContracts(int clausesPerContract) {
    this.clausesPerContract = clausesPerContract;
  }

  /** The n-th contract: the same every time. */
  public ContractRecord contract(int n) {
    SplittableRandom random = new SplittableRandom(0x5eedL * 31 + n);
    String type = pick(random, TYPES);
    String[] law = LAWS[random.nextInt(LAWS.length)];
    String nameA = company(random);
    String nameB = company(random);
    String aliasA = pick(random, ALIAS);
    String aliasB;
    do {
      aliasB = pick(random, ALIAS);
    } while (aliasB.equals(aliasA));
    LocalDate date = LocalDate.of(2005, 1, 1).plusDays(random.nextInt(20 * 365));
    StringBuilder text = new StringBuilder();
    String title = type.toUpperCase(Locale.ROOT);
    text.append(title).append("\n\n");
    int partiesStart = text.length();
    text.append("This ").append(type).append(" is made as of ").append(date).append(" between ")
        .append(nameA).append(" (\"").append(aliasA).append("\") and ").append(nameB).append(" (\"").append(aliasB).append("\").\n\n");
    Provenance partiesSource = new Provenance(partiesStart, text.length(), 1, "synthetic", 1.0);
    List<Clause> clauses = new ArrayList<>(clausesPerContract);
    List<Amount> amounts = new ArrayList<>();
    for (int i = 0; i < clausesPerContract; i++) {
      String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
      String section = (i / 5 + 1) + "." + (i % 5 + 1);
      int start = text.length();
      text.append(section).append(' ');
      text.append(fill(random, pick(random, TEMPLATES.get(category)), aliasA, aliasB, law[0], amounts));
      for (int f = random.nextInt(3); f > 0; f--) {
        text.append(' ').append(fill(random, pick(random, FILLER), aliasA, aliasB, law[0], amounts));
      }
      int end = text.length();
      text.append("\n\n");
      clauses.add(new Clause(category, section, null, new Provenance(start, end, start / PAGE_CHARS + 1, "synthetic", 0.9)));
    }
    String body = text.toString();
    List<Integer> pageStarts = new ArrayList<>();
    for (int p = 0; p < body.length(); p += PAGE_CHARS) {
      pageStarts.add(p);
    }
    List<Amount> withSpans = amounts.stream()
        .map(a -> new Amount(a.value(), a.currency(), partiesSource)).toList();
    Extraction extraction = new Extraction(
        new ExtractedText(title, new Provenance(0, title.length(), 1, "synthetic", 1.0)),
        List.of(new Party(nameA, aliasA, partiesSource), new Party(nameB, aliasB, partiesSource)),
        new GoverningLaw(law[0], law[1], partiesSource), null,
        new ExtractedDate(date, partiesSource), null, null, null, null, null, null,
        withSpans, null, List.of(), List.of(), List.of(), clauses);
    String sha = sha256("synthetic-" + n);
    return new ContractRecord(ContractRecord.SCHEMA_VERSION, ContractRecord.idOf(sha), sha,
        "synthetic-" + n + ".txt", "bench", body.length(), Instant.parse("2026-01-01T00:00:00Z").plusSeconds(n),
        DocumentStatus.INDEXED, null, "text/plain", title, body, new PageMap(pageStarts), 0, Map.of(), extraction);
  }

  private static String sha256(String s) {
    try {
      return java.util.HexFormat.of().formatHex(
          java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String company(SplittableRandom random) {
    return pick(random, NAME_A) + pick(random, NAME_B) + " " + pick(random, NAME_C) + " " + pick(random, SUFFIX);
  }

  private static String fill(SplittableRandom random, String template, String a, String b, String law, List<Amount> amounts) {
    String out = template.replace("{A}", a).replace("{B}", b).replace("{law}", "the State of " + law)
        .replace("{s}", Integer.toString(1 + random.nextInt(12)));
    while (out.contains("{num}")) {
      out = out.replaceFirst("\\{num}", pick(random, NUMBERS));
    }
    while (out.contains("{n}")) {
      out = out.replaceFirst("\\{n}", pick(random, NOUNS) + (random.nextInt(4) == 0 ? " " + pick(random, NOUNS) : ""));
    }
    while (out.contains("{amt}")) {
      long value = 1000L * (5 + random.nextInt(5000));
      amounts.add(new Amount(BigDecimal.valueOf(value), "USD", new Provenance(0, 0, 1, "synthetic", 1.0)));
      out = out.replaceFirst("\\{amt}", String.format(Locale.ROOT, "USD %,d", value));
    }
    return out;
  }

  private static <T> T pick(SplittableRandom random, T[] values) {
    return values[random.nextInt(values.length)];
  }
}
