package org.pactum.extractor.clauses;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.pactum.extractor.model.Clause;
import org.pactum.extractor.model.ParsedDocument;
import org.pactum.extractor.model.Provenance;
import org.pactum.extractor.model.Section;

/**
 * The project's own categories, which no labelled set covers, the CUAD categories of
 * {@link ClauseTaxonomy#BY_RULES}, and a few more CUAD categories where a stock phrase says what the
 * categoriser and the field extractors miss (affiliate licences, rights of first refusal, exclusivity,
 * non-competes, no-hire promises, assignments of rights, insurance to keep, a template's blank date, the sentence
 * saying when a contract takes effect), by rules: a unit belongs to a
 * category when the heading above it names the category ("Force Majeure", "Notices") or when its
 * own words are that clause's stock phrase ("constitutes the entire agreement"). Consecutive units
 * of one section that match the same rule make one clause.
 */
public final class RuleClauseClassifier implements ClauseClassifier {

  public static final String NAME = "clause-rules";

  /**
   * A category, the headings that name it and the phrases that mark it; either may be null. A
   * phrase is only looked for in a unit that holds one of its {@link LeadingWords} (none: always). A unit whose
   * phrase matches but that also says {@code unless} is not of the category.
   */
  record Rule(String category, @Nullable Pattern heading, @Nullable Pattern phrase, @Nullable Pattern unless,
      List<String> leadingWords) {}

  /**
   * What a harm to the other party's standing is done to, after the word for the harm ("tarnish", "injurious"): each
   * alternative starts at its own word so that {@link LeadingWords} can tell them.
   */
  private static final String GOODWILL = "[^.;]{0,80}\\b(?:goodwill|reputation|image)";

  /** A character within a sentence: not a full stop or a semicolon, unless the stop is a section number's ("3.01"). */
  private static final String IN_SENTENCE = "(?:[^.;]|(?<=\\d)\\.(?=\\d))";

  /** What a jointly owned thing is when it is a body rather than rights: "jointly owned entities", "a jointly owned company". */
  private static final String JOINTLY_OWNED_BODY = "(?:entit|compan|subsidiar|venture|business)";

  static final List<Rule> RULES = List.of(
      rule("Confidentiality", "confidential|non-?disclosure", "shall (?:hold|keep|maintain) .{0,80}in (?:strict )?confidence"),
      rule("Indemnification", "indemnif|hold harmless", "(?:shall|agrees? to) (?:defend, )?indemnify"),
      rule("Termination for Cause", null,
          "terminat.{0,120}(?:material(?:ly)? breach|fails? to cure|insolven|bankrupt|receiver)"),
      rule("Payment Terms", "payment|invoic", "\\bnet \\d{1,3}\\b|within \\w+ (?:\\(\\d+\\) )?days (?:of|after|following) "
          + "(?:the )?(?:receipt|date) of (?:an |the |such |each )?invoice"),
      rule("Force Majeure", "force majeure", "force majeure|acts? of god"),
      rule("Warranty", "warrant", null),
      rule("Limitation of Liability", "limitation(?:s)? (?:of|on) liability|limited liability",
          "in no event (?:shall|will) .{0,120}liable"),
      rule("Dispute Resolution", "dispute|arbitration",
          "(?:settled|resolved|determined) (?:exclusively )?by (?:final and )?(?:binding )?arbitration"),
      rule("Notices", "^notices?$|^notice$|notices?\\b.{0,20}\\baddress", null),
      rule("Data Protection", "data protection|privacy|personal (?:data|information)",
          "personal data|\\bgdpr\\b|data protection (?:law|legislation|regulation)"),
      rule("Non-Solicitation", "non-?solicit", "shall not.{0,80}\\bsolicit"),
      rule("Entire Agreement", "entire agreement|integration|merger clause",
          "(?:constitutes?|contains?|represents?|sets? forth) the entire (?:agreement|understanding)"),
      rule("Severability", "severab|partial invalidity",
          "(?:held|found|determined|deemed) (?:by .{0,60})?(?:to be )?(?:invalid|illegal|unenforceable|void)"),
      rule("Most Favored Nation", "most favou?red", "favou?red(?<=most[- ]favou?red)|no less favou?rabl[ey] than (?:those|the terms|that) "
          + "(?:offered|granted|given|provided)|favou?rable(?<=(?:more|most) favou?rable) (?:terms|prices?|pricing) (?:than|to any)"
          + "|(?:treated|priced) no less favou?rably than (?:any|other)|no less favou?rabl[ey] than (?:any|its) other "
          + "(?:customers?|clients?|distributors?|licensees?|resellers?)"
          + "|(?:higher|greater) (?:fees?|prices?|rates?|charges?) than .{0,80}\\bother (?:customers|clients|distributors|licensees)"
          // terms measured against what others get: "no less favorable to Distributor than those at which it sells to
          // similar customers", "on terms more favorable to the third party than", "at least as favorable as"; not
          // "no more favourable to the third party than", which is a right of first refusal
          + "|no less favou?rabl[ey][^.;]{0,60}? than[^.;]{0,60}?\\b(?:any|other|similarly|equivalently|those (?:offered|granted|given|provided))"
          + "|not less favou?rabl[ey][^.;]{0,60}? than[^.;]{0,60}?\\b(?:any|other|similarly|equivalently|those (?:offered|granted|given|provided))"
          + "|favou?rable(?<=more favou?rable)(?<!\\bno more favou?rable) (?:terms )?(?:to|than) (?:the |any )?(?:third|other)"
          + "|at least as favou?rabl[ey] (?:in all respects )?(?:\\([^)]{0,200}\\) )?as"
          // "no less favorable to the Reseller than those prices at which Vendor sells ... like products"
          + "|no less favou?rabl[ey][^.;]{0,60}? than (?:those|the) (?:prices|terms|rates)(?: and conditions)?"
          + " (?:at which|offered|charged|granted|given)"),
      // the licensee's affiliates share the grant: "grants a licence to Acme and its operating subsidiaries", "grants Acme
      // together with its affiliates", "grants to Acme, its Affiliates and Subcontractors", "a limited right to
      // sub-license to its Affiliates", "to sublicense the Content to Acme's wholly-owned subsidiaries", "the rights
      // granted to Acme may be exercised by or through Acme and/or its Affiliates" (on the training part the rule's
      // contracts 20, 16 of them labelled, -> 27, 23 labelled); not a licence exclusive even as against the
      // licensor and its affiliates: "an exclusive (except as to Orinda and its Affiliates) license", "exclusive (even
      // with respect to the Agent and its Affiliates)"
      rule("Affiliate License-Licensee", null,
          "\\bgrants?\\b[^.;]{0,60}?\\b(?<!except as )(?<!respect )to [\\w&.,' ]{1,40}? (?:and|together with) (?:its|their|each of its)"
          + " (?:operating |wholly[- ]owned |respective )?(?:subsidiaries and |subsidiaries or )?(?:affiliates|subsidiaries)"
          + "|\\bgrants? [\\w&.' ]{1,30}? together with (?:its|their) affiliates"
          + "|\\bgrants?\\b[^.;]{0,60}?\\bto [\\w&.' ]{1,30}?, its affiliates"
          + "|\\bsub-?licens\\w*[^.;]{0,120}?\\bto (?:its|their|any of its|one or more of its|[\\w']+'s|a current or future)"
          + " (?:wholly[- ]owned )?(?:affiliates|subsidiar)"
          + "|\\bsublicenses?[^.;]{0,60}?\\bto affiliates"
          + "|exercised(?<=may be exercised) by or through [\\w ]{1,30}? (?:and/or|and|or) its affiliates"),
      // the licensor grants for its affiliates too: "X, on behalf of itself and its Affiliates, hereby grants",
      // "grants, and agrees to cause the members of its group to grant"; or the licensed rights are its affiliates' as
      // well: "Orinda Know-How" means "any Know-How ... Controlled by Orinda or its Affiliates". The categoriser is
      // switched off for this category (too few labelled contracts), so only this rule speaks for it (document F1 on
      // the training part 0 -> 0.53 -> 0.62 with the defined rights)
      rule("Affiliate License-Licensor", null,
          "on behalf of itself and (?:its|as representative of)[^.;]{0,80}?\\bgrants?"
          + "|for itself and (?:its|as representative of)[^.;]{0,80}?\\bgrants?"
          + "|grants?, and (?:agrees to )?cause[^.;]{0,60}? to (?:hereby )?grant"
          + "|(?:patents|know-how|technology|intellectual property|copyrights|trademarks)[\"”] (?:means|shall mean)[^.;]{0,250}?"
          + "(?:owned|controlled)[^.;]{0,60}? by [\\w ]{1,30}? (?:or|and|and/or) (?:any of )?"
          + "(?:its|their respective|any of their respective|any \\w+) (?:affiliates|subsidiar)"),
      // the date a template leaves blank ("made this ___ day of ________, 2004", "as of [ ] day of [ ], 2020"), which the
      // agreement-date field rightly leaves empty
      rule("Agreement Date", null,
          "day of(?<=(?:__|\\]|this) ?day of) ?(?:_{2,}|\\[[ ·*]{0,3}\\]|[a-z]+)?,? ?(?:19|20)[_\\d]{1,2}|dated as of _{3,}"),
      // when the contract takes effect, also where that is an event rather than a date ("shall become effective when
      // signed by both parties"), which the effective-date field rightly leaves empty
      rule("Effective Date", null,
          // each alternative starts at its rarest word and looks behind for the rest, so that only units holding that
          // word are searched (see LeadingWords)
          "effective(?<=(?:shall|will) (?:become|be) effective)(?! unless| only if| until)|effective (?:as of|on|upon)(?<=is effective (?:as of|on|upon))"
          + "|into force(?<=(?:enters?|comes?) into force)|commence(?<=(?:this agreement|term of this agreement) (?:shall|will) commence)"
          + "|begin(?<=(?:this agreement|term of this agreement) (?:shall|will) begin)"
          // the date defined by an event: "on the date this Agreement is signed by the last signatory ("Effective Date")",
          // "entered into and effective as of the later of the two signature dates"
          + "|effective date[\"”](?<=[\"“]effective date[\"”])|effective as of(?<=(?:and|is|be|become|becomes|made|into) effective as of)",
          // not when a waiver, a notice, a termination or a facsimile's delivery takes effect
          "(?:waiver|notice|modification|delivery)\\b[^.;]{0,150}(?:shall|will) (?:become|be) effective"
          + "|termination (?:shall|will) (?:become|be) effective"),
      // speaking ill of the other party, also where the clause guards its goodwill or reputation ("shall not tarnish or
      // bring into disrepute the reputation of", "any practice which may be injurious to the goodwill"); not a warranty
      // that content is no "product disparagement" (document F1 on the training part 0.60 -> 0.70)
      rule("Non-Disparagement", "disparag", "disparag(?<!product disparag)|tarnish" + GOODWILL + "|disrepute" + GOODWILL
          + "|injurious" + GOODWILL + "|harmful" + GOODWILL + "|detrimental" + GOODWILL),
      // what the parties own together; not a jointly owned company, a joint venture's assets, nor the stock "nothing
      // here creates a joint venture, co-ownership or partnership" (document F1 on the training part 0.75 -> 0.82)
      rule("Joint IP Ownership", null, "jointly own(?!ed " + JOINTLY_OWNED_BODY + ")|joint(?:ly)? owne(?!d " + JOINTLY_OWNED_BODY + ")"
          + "|co-own(?<!ventures, co-own)(?<!venture, co-own)(?![^.;]{0,120}partnership)|owned jointly|joint ownership"
          + "|undivided (?:ownership )?interest(?![^.;]{0,60}joint venture)|joint (?:works|inventions?|patents|intellectual property|ip)\\b"
          + "|joint names"),
      // also an unlimited right to use, and unlimited access named in two words ("unlimited iPass network access"):
      // document F1 on the training part 0.75 -> 0.80
      rule("Unlimited/All-You-Can-Eat-License", null, "unlimited (?:number of )?(?:copies|users|licen[cs]es|use|right)"
          + "|unlimited,[^.;]{0,80}(?:licen[cs]e|right to use)|unlimited (?:\\w+ ){0,2}(?:calls|access|runs)"),
      // also a perpetual right to use, a licence that lasts in perpetuity, and the words apart by a section number
      // ("irrevocable, sublicensable (subject to Section 3.01(g)) license"): document F1 on the training part 0.82 -> 0.90
      rule("Irrevocable or Perpetual License", null,
          "\\b(?:perpetual|irrevocable)\\b" + IN_SENTENCE + "{0,120}\\b(?:licen[cs]e|right to use)"
          + "|\\blicen[cs]e" + IN_SENTENCE + "{0,80}\\b(?:perpetual|irrevocable|in perpetuity)\\b"
          + "|\\bin perpetuity" + IN_SENTENCE + "{0,80}\\blicen[cs]e"),
      // not where a merger is the case in which no consent is needed and nothing is asked of the one who takes over:
      // "either party may assign without consent in connection with a merger" leaves the other party nothing to say
      // about a change of control (document F1 on the training part 0.733 -> 0.740)
      rule("Change of Control", null, "change (?:of|in) (?:the )?(?:control|ownership)"
          + "|(?:acquires?|acquisition of) (?:all or )?(?:substantially all|a majority|more than (?:fifty|50))|controlling interest"
          // a merger or a sale of the majority as the event a right hangs on
          + "|event of (?:the |a |any )?(?:merger|consolidation|acquisition)|case of (?:the |a |any )?(?:merger|consolidation|acquisition)"
          + "|in connection with (?:a |any )?(?:merger|consolidation|acquisition)"
          + "|majority of (?:the |its )?(?:equity|voting|outstanding|assets)",
          "^(?!.*\\b(?:provided|so long as|on condition|subject to)\\b).*?(?:"
              + "(?<!neither party )(?<!neither )\\bmay (?:\\w+ )?(?:assign|transfer)[^.;]{0,100}without[^.;]{0,40}consent"
              + "|\\bno (?:such )?(?:prior )?(?:written )?consent[^.;]{0,30}(?:shall|will|is) (?:be )?required"
              + "|\\bconsent[^.;]{0,30}(?:shall|will) not be required)"),
      // fourteen categories the categoriser learns, where a stock phrase finds contracts it misses: a contract either finds
      // has the category, and the trainer tunes the categoriser's thresholds for the contracts the rule leaves to it.
      // Document F1 out of fold on the training part, categoriser alone against categoriser or rule (the rules written
      // on those contracts, so this flatters them): Rofr/Rofo/Rofn 0.69 -> 0.77, No-Solicit of Employees 0.84 -> 0.89,
      // Non-Compete 0.70 -> 0.75, IP Ownership Assignment 0.72 -> 0.79, Insurance 0.90 -> 0.94, Exclusivity 0.70 -> 0.82,
      // Non-Transferable License 0.76 -> 0.82, Warranty Duration 0.83 -> 0.85, License Grant 0.95 -> 0.96. Later, on the
      // whole pipeline out of fold, each before and after its rule or its wider phrasing: Rofr/Rofo/Rofn 0.76 -> 0.83,
      // No-Solicit of Customers 0.42 -> 0.55, Source Code Escrow 0.76 -> 0.85, Covenant Not to Sue 0.77 -> 0.83, IP
      // Ownership Assignment 0.74 -> 0.77, Audit Rights 0.92 -> 0.95, License Grant 0.93 -> 0.95, Anti-Assignment 0.945 ->
      // 0.958.
      rule("Rofr/Rofo/Rofn", null, "right of first (?:refusal|offer|negotiation)|first right (?:of|to) (?:refus|negotiat|offer)"
          + "|right of last (?:refusal|offer|look)|first (?:refusal|negotiation) right"
          + "|(?:offer|present)[^.;]{0,80}\\bfirst\\b[^.;]{0,40}before (?:offering|negotiating)"
          // "the first right to act as its underwriter", "the first opportunity to become the distributor there", "a
          // preferential right to continue", "an opportunity to purchase the new shares"; not a first right to
          // prosecute, enforce or defend, which is about who acts first, nor "the first right of"
          + "|\\bfirst (?:right|opportunity)\\b(?! of)(?!,? but not the obligation,?[^.;]{0,40}?\\bto (?:prosecute|enforce|file"
          + "|bring|defend|control|use))(?! to (?:prosecute|enforce|file|bring|defend|control|terminate|use))"
          + "|\\bpreferential right|\\bopportunity to (?:purchase|acquire|enter into such)"),
      rule("No-Solicit of Employees", null,
          "\\b(?:not|no|neither|nor)\\b[^.;]{0,60}\\bsolicit\\w*[^.;]{0,100}\\b(?:employ|personnel|staff)"
          + "|\\b(?:not|neither|nor)\\b[^.;]{0,60}\\b(?:hire|recruit|induce)\\w*[^.;]{0,100}\\bemploy"),
      // the other party's customers, named as such: "agrees not to solicit orders from the existing customers of Acme",
      // "not to solicit any client introduced by the other party", "shall not divert any customers of any outlet"; not
      // an agent that "shall not solicit customers" by loudspeaker, nor "the employees of any client"
      rule("No-Solicit of Customers", null,
          "\\b(?:not|nor)\\b[^.;]{0,60}\\bsolicit\\b[^.;]{0,60}\\b(?:customers?|clients?)\\b (?:of|introduced)"
          + "|\\b(?:not|nor)\\b[^.;]{0,60}\\b(?:solicit|divert|contact|interfere)\\w*[^.;]{0,60}\\b(?:customers?|clients?)\\b"
          + " of (?:the other party|\\w+)(?! engaged)"),
      // source code held by an escrow agent or released on a condition: "an escrow agreement ... with respect to the source
      // code", "the source code escrow", "once a Release Condition occurs, the Customer may release the Source Code"
      rule("Source Code Escrow", null, "source code[^.;]{0,120}\\bescrow|\\bescrow[^.;]{0,120}source code"
          + "|release conditions?\\b[^.;]{0,80}source code|source code[^.;]{0,80}release condition"),
      rule("Non-Compete", null, "\\bnon-?compet(?:e|ition)\\b(?!-)|\\bnot to compete\\b"
          + "|\\b(?:shall|will|may) not[^.;]{0,150}\\bcompet(?!en)"),
      // also a promise to assign, or to sign what assigns: "Acme will assign all right, title and interest in the Marks",
      // "execute any documents needed to assign the rights in the improvements"
      rule("IP Ownership Assignment", null, "\\bhereby (?:irrevocably )?assigns?\\b|\\bworks? made for hire"
          + "|\\b(?:shall|will|agrees? to) (?:transfer and )?assign\\b[^.;]{0,80}\\ball (?:of (?:its|their) )?right,? title and interest"
          + "|\\b(?:execute|sign)[^.;]{0,80}\\bdocuments[^.;]{0,80}\\b(?:to|required to|necessary to) (?:assign|transfer|confirm)"),
      // a party promising not to contest the other's rights or to assert claims: "shall not contest Acme's ownership",
      // "will not attack the validity of the Marks", "undertakes not to assert any claim of infringement"
      rule("Covenant Not to Sue", null,
          "\\b(?:not|never|no way)\\b[^.;]{0,60}\\b(?:contest|challenge|attack|question|impugn|oppose)\\w*[^.;]{0,80}"
          + "\\b(?:validity|ownership|title|rights? (?:of|in|to)|the grant)|\\bnot to assert[^.;]{0,40}\\bclaim"),
      rule("Insurance", null, "\\b(?:maintain|carry|obtain|procure)[^.;]{0,80}\\binsurance\\b"),
      // a right to audit or inspect, or records open to the other party: "shall have the right to inspect the materials",
      // "either party may audit", "shall keep its records available to the Buyer at all times", "available for
      // inspection by Acme"; not a party waiving the right to inspect
      rule("Audit Rights", null, "\\bright(?<!waives the right) (?:at all times )?to (?:conduct audits|audit|inspect|site inspect)\\b"
          + "|\\brecords? (?:shall be )?(?:made )?available (?:to [\\w ]{1,30} )?(?:for (?:inspection|review|audit)|at all times)"
          + "|\\bavailable for (?:inspection|review|audit) by\\b|\\bmay,? (?:at its own expense, )?audit\\b"
          + "|\\ballows? [\\w ]{1,30} to (?:audit|inspect)\\b"),
      rule("Non-Transferable License", null, "non[-\\u2010]? ?transferable" + IN_SENTENCE + "{0,150}licen"
          + "|licen[cs]e" + IN_SENTENCE + "{0,150}non[-\\u2010]? ?transferable"
          + "|licen[cs]e" + IN_SENTENCE + "{0,60}\\b(?:may|shall|will) not (?:be )?(?:transferred|assigned|sublicensed)"),
      rule("Warranty Duration", null, "\\bwarranty period\\b|\\bwarrant\\w*[^.;]{0,100}\\bfor (?:a period of )?(?:\\w+ )?"
          + "(?:\\(\\d+\\) )?(?:days|months|years) (?:from|after|following)"),
      // also a licence promised or had rather than granted here ("Acme will grant to Zenith an irrevocable, non-exclusive
      // license", "Zenith shall have a non-exclusive license", "the Agent is granted a limited license", "shall license
      // the content to Zenith") and a right to use marks or material ("grants the Reseller the right to use the Marks")
      rule("License Grant", null, "\\bhereby grants?\\b[^.;]{0,150}\\blicen[cs]e|\\bgrants? to [^.;]{0,60}\\b(?:a|an) "
          + "(?:non-?exclusive|exclusive|limited|royalty|worldwide|perpetual)[^.;]{0,80}licen"
          + "|\\b(?:shall|will) (?:have|grant)\\b[^.;]{0,60}\\b(?:non-exclusive|exclusive|limited|royalty[- ]free|irrevocable)"
          + "[^.;]{0,60}licen[cs]e|\\bis granted (?:(?:a|an) (?:[\\w-]+ ){0,3}(?:licen[cs]e|right)|the following rights)"
          + "|\\bgrants? [\\w ]{1,40}? (?:a |the )?(?:[\\w-]+, ){0,3}(?:revocable |irrevocable )?right to (?:use|display|reproduce"
          + "|distribute)\\b|\\bshall license\\b|\\bundertakes? to grant\\b[^.;]{0,40}licen"),
      // a contract or its rights that may not be assigned, said without "consent": "shall not be assignable by the
      // Consultant", "may not be modified or assigned except in writing", "cannot be transferred or assigned", an
      // adviser's contract that ends "in the event of its assignment"
      rule("Anti-Assignment", null, "\\b(?:shall|may|will) not be (?:waived, amended or )?(?:modified or )?(?:assignable|assigned)\\b"
          + "|\\bcannot be (?:transferred or )?assigned|\\bin the event of its assignment\\b"
          + "|\\bnot (?:to )?(?:\\(i\\) )?(?:transfer, )?assign or sublicense"),
      // a party bound to deal only with the other, or given a right no one else gets ("appoints Acme as its exclusive
      // distributor", "an exclusive, worldwide licence", "shall not enter into the same or similar arrangement with any
      // other"); not a non-exclusive one, a sole and exclusive remedy, fees exclusive of taxes, nor a party's exclusive
      // right to prosecute or to title in what it owns
      rule("Exclusivity", null,
          "\\bexclusive(?<!non[-\\u2010 ]{0,2}exclusive),? (?!of\\b|remed|liabilit)(?:\\w+ ){0,2}(?:distributor|supplier|provider"
          + "|reseller|agent|distribution|sales|basis|licen[cs]ee|partner|representative|marketing|licen[cs]e|advisor|sponsor"
          + "|agency)"
          + "|\\bexclusive(?<!non[-\\u2010 ]{0,2}exclusive) rights?\\b(?!,? but not| of ownership|,? title"
          + "| to (?:change|remove|prosecute|control|enforce|bring))"
          + "|\\bexclusively (?:from|through|with|endorse|use)\\b|\\bsole (?:and exclusive )?(?:source|supplier|provider|distributor|agent)"
          + "|\\bshall not[^.;]{0,80}(?:purchase|obtain|buy|source)[^.;]{0,60}from any (?:other|third)"
          + "|\\bexclusivity\\b(?<!non[-\\u2010 ]{0,2}exclusivity)(?<!\\bno exclusivity)(?<!\\bof exclusivity)(?! of)"
          + "|\\bnot (?:to )?(?:grant|engage|enter)[^.;]{0,100}\\b(?:any|anyone|with any) other\\b"
          + "|\\bsame or (?:substantially )?similar[^.;]{0,60}with any other"),
      // someone not a party who may claim under the contract: "the Licensor is an intended third-party beneficiary", "shall
      // be deemed to be third-party beneficiaries", "these indemnities also apply for the benefit of the league"; not the
      // stock denial "no person shall be a third party beneficiary", yet "the Lender is not a party hereto but is an
      // intended third party beneficiary" (document F1 on the training part 0.80, where the categoriser reached 0.40 out
      // of fold)
      rule("Third Party Beneficiary", null,
          "\\b(?:is|be|are|as) (?:an? |the )?(?:(?:intended|express|direct|specific|and|creditor) ){0,3}"
          + "third[- ]part(?:y|ies) (?:creditor )?beneficiar"
          + "|apply for the benefit(?<=indemni[^.;]{0,80}apply for the benefit)"
          + "|entitled to the benefit of(?=[^.;]{0,40}indemni)(?<=shall (?:also )?be entitled to the benefit of)",
          "(?:\\bno\\b|\\bnot\\b|\\bnothing\\b|\\bneither\\b|\\bnor\\b)(?:(?!\\bbut\\b|\\bexcept\\b)[^.;]){0,120}"
              + "third[- ]part(?:y|ies) (?:creditor )?beneficiar|\\brespective indemnities"),
      // not a lease's termination fee among shared costs, nor payments made before a termination (document F1 on the
      // training part 0.76 -> 0.79)
      rule("Liquidated Damages", null, "liquidated damages|early termination (?:fee|charge|payment)"
          + "|termination fee(?<!lease termination fee)|as a penalty"
          // a sum owed for ending early or falling short: "a cancellation fee equal to", "buyout payment", "pay a penalty"
          + "|termination payment(?<!pre-termination payment)|cancellation fee|buy-?out payment|exit fee|shall pay (?:a )?penalty"
          + "|pay a penalty|payment penalties"),
      // a limit on raising prices: "prices shall not be increased", "such increase does not exceed 5%", "more than once",
      // "may request an increase or decrease of the Fees ... no more than [once a year]", "fees that do not exceed a 3%
      // increase", "subject to a maximum charge of $100" (document F1 on the training part 0.53 -> 0.78)
      rule("Price Restrictions", null,
          "\\b(?:prices?|fees?|rates?|charges?)\\b[^.;]{0,80}\\b(?:may|shall|will) not (?:be )?increase"
          + "|\\bincrease[^.;]{0,40}\\b(?:(?:shall|will|may) not|does not|not to) exceed|\\bincrease[^.;]{0,30}more than once"
          + "|\\bincrease[^.;]{0,80}\\bno more than|exceed(?<=(?:do|does|shall|will) not exceed) (?:a |an |the )?[^.;]{0,40}\\bincrease"
          + "|maximum (?:charge|price|fee)s? of"
          // prices held where they are: "the Contract Price shall be firm for a minimum period of twenty-four months"
          // (0.78 -> 0.80)
          + "|\\b(?:prices?|fees?|rates?|charges?)\\b[^.;]{0,60}\\b(?:shall|will) (?:remain|be) (?:fixed|firm|unchanged|constant)"
          + "|\\b(?:prices?|fees?|rates?|charges?)\\b[^.;]{0,60}\\b(?:shall|will) remain the same"));

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static Rule rule(String category, @Nullable String heading, @Nullable String phrase) {
    return rule(category, heading, phrase, null);
  }

  private static Rule rule(String category, @Nullable String heading, @Nullable String phrase, @Nullable String unless) {
    return new Rule(category,
        heading == null ? null : Pattern.compile(heading, Pattern.CASE_INSENSITIVE),
        phrase == null ? null : Pattern.compile(phrase, Pattern.CASE_INSENSITIVE | Pattern.DOTALL),
        unless == null ? null : Pattern.compile(unless, Pattern.CASE_INSENSITIVE | Pattern.DOTALL),
        phrase == null ? List.of() : LeadingWords.of(phrase).orElse(List.of()));
  }

  @Override
  public List<Clause> classify(ParsedDocument document, List<Section> sections, List<ClauseUnit> units) {
    // phrases are matched with each run of white space as one space: the text keeps the layout's line breaks
    String[] unitTexts = new String[units.size()];
    String[] lowerCase = new String[units.size()];
    for (int u = 0; u < unitTexts.length; u++) {
      unitTexts[u] = SPACES.matcher(document.text().substring(units.get(u).start(), units.get(u).end())).replaceAll(" ");
      lowerCase[u] = asciiLowerCase(unitTexts[u]);
    }
    List<Clause> clauses = new ArrayList<>();
    for (Rule rule : RULES) {
      int runStart = -1;
      int runEnd = -1;
      int runSection = -2;
      double runConfidence = 0;
      for (int u = 0; u < unitTexts.length; u++) {
        ClauseUnit unit = units.get(u);
        double confidence = match(rule, unitTexts[u], lowerCase[u], sections, unit);
        boolean continues = confidence > 0 && unit.section() == runSection && runStart >= 0;
        if (runStart >= 0 && !continues) {
          clauses.add(clause(rule, document, sections, runSection, runStart, runEnd, runConfidence));
          runStart = -1;
        }
        if (confidence > 0) {
          if (runStart < 0) {
            runStart = unit.start();
            runSection = unit.section();
            runConfidence = confidence;
          }
          runEnd = unit.end();
          runConfidence = Math.max(runConfidence, confidence);
        }
      }
      if (runStart >= 0) {
        clauses.add(clause(rule, document, sections, runSection, runStart, runEnd, runConfidence));
      }
    }
    return clauses;
  }

  /** 0.8 when the heading names the category, 0.6 when only the phrase matches, else 0. */
  private static double match(Rule rule, String unitText, String lowerCase, List<Section> sections, ClauseUnit unit) {
    if (rule.heading() != null) {
      int depth = 0;
      for (int s = unit.section(); s >= 0 && depth < 2; s = sections.get(s).parent(), depth++) {
        String heading = sections.get(s).heading();
        if (heading != null && rule.heading().matcher(heading.strip()).find()) {
          return 0.8;
        }
      }
    }
    if (rule.phrase() != null && mayHold(rule, lowerCase) && rule.phrase().matcher(unitText).find()
        && (rule.unless() == null || !rule.unless().matcher(unitText).find())) {
      return 0.6;
    }
    return 0;
  }

  /** Whether the unit holds a word the rule's phrase starts with (or the phrase has no such words). */
  private static boolean mayHold(Rule rule, String lowerCase) {
    if (rule.leadingWords().isEmpty()) {
      return true;
    }
    for (String word : rule.leadingWords()) {
      if (lowerCase.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** The text with A-Z as a-z and nothing else changed: what a case-insensitive match of ASCII letters sees. */
  static String asciiLowerCase(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] >= 'A' && chars[i] <= 'Z') {
        chars[i] = (char) (chars[i] + ('a' - 'A'));
      }
    }
    return new String(chars);
  }

  private static Clause clause(
      Rule rule, ParsedDocument document, List<Section> sections, int section, int start, int end, double confidence) {
    return SectionPlace.clause(rule.category(), sections, section,
        new Provenance(start, end, document.pages().pageOf(start), NAME, confidence));
  }
}
