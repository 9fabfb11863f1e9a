package org.pactum.indexer.families;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.pactum.extractor.model.ContractRecord;
import org.pactum.extractor.model.Extraction;
import org.pactum.extractor.model.Party;
import org.pactum.extractor.model.Provenance;
import org.pactum.indexer.corrections.CorrectableField;

/**
 * Links amendments, statements of work, addenda, renewals and restatements to the agreement they
 * modify, and works out the terms in force after them. A modifying document names the agreement
 * ("... to the Master Services Agreement dated March 15, 2021"); the agreement it modifies is a
 * contract that is not itself a modification, whose title holds that name, and that shares a party
 * with it (or, when the document's parties are unknown, has the very date it gives); a written date
 * that matches the agreement's own date decides between several.
 */
public final class Families {

  private static final List<CorrectableField> TERMS = List.of(CorrectableField.EXPIRATION_DATE, CorrectableField.RENEWAL_TERM,
      CorrectableField.NOTICE_PERIOD, CorrectableField.GOVERNING_LAW, CorrectableField.PAYMENT_TERMS);

  /**
   * What families need of a contract, without its text, so a whole repository fits in memory.
   *
   * @param date the date it is shown and ordered by: an agreement's effective date, a modifying document's own date
   * @param dates every date it gives itself (effective, agreement), either of which a modifying document may cite
   */
  public record Summary(String id, String title, String fileName, @Nullable FamilyLink link, Set<String> parties,
      @Nullable LocalDate date, Set<LocalDate> dates, List<Term> terms) {}

  /** A term a contract states, and where. */
  public record Term(String field, String value, int page, int start, int end) {}

  private final FamilyLinks reader = new FamilyLinks();
  private final List<Summary> summaries = new ArrayList<>();

  /** Reads what families need of one contract (with corrections in place). */
  public void add(ContractRecord r) {
    Extraction e = r.extraction();
    List<Term> terms = new ArrayList<>();
    for (CorrectableField field : TERMS) {
      String value = field.valueIn(e);
      if (value != null) {
        Provenance source = field.sourceIn(e);
        terms.add(new Term(field.key(), value, source.page(), source.start(), source.end()));
      }
    }
    String title = r.title() == null ? "" : r.title();
    FamilyLink link = reader.of(title, r.text()).orElse(null);
    LocalDate effective = e.effectiveDate() == null ? null : e.effectiveDate().date();
    LocalDate agreement = e.agreementDate() == null ? null : e.agreementDate().date();
    // an agreement is known by when it takes effect; a document modifying one speaks of that agreement's
    // Effective Date throughout, so its own date is the one it was made on
    LocalDate date = link == null ? (effective != null ? effective : agreement) : (agreement != null ? agreement : effective);
    Set<LocalDate> dates = java.util.stream.Stream.of(effective, agreement).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
    summaries.add(new Summary(r.id(), title, r.fileName(), link,
        e.parties().stream().map(Party::name).map(FamilyLink::key).collect(Collectors.toSet()), date, dates, terms));
  }

  /** Every family among the contracts added, the largest first. */
  public List<Family> families() {
    List<Summary> bases = summaries.stream().filter(s -> s.link() == null).toList();
    Map<String, List<Summary>> byBase = new LinkedHashMap<>();
    for (Summary s : summaries) {
      if (s.link() != null) {
        String key = parent(s, bases).map(Summary::id).orElse("missing:" + s.link().parentKey() + "@" + s.link().parentDate());
        byBase.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
      }
    }
    Map<String, Summary> byId = summaries.stream().collect(Collectors.toMap(Summary::id, s -> s, (a, b) -> a));
    List<Family> out = new ArrayList<>();
    for (Map.Entry<String, List<Summary>> e : byBase.entrySet()) {
      List<Summary> chain = new ArrayList<>(e.getValue());
      chain.sort(Comparator.comparing((Summary s) -> Optional.ofNullable(s.date()).orElse(LocalDate.MAX))
          .thenComparing(s -> Optional.ofNullable(s.link().number()).orElse(Integer.MAX_VALUE)).thenComparing(Summary::id));
      Summary base = byId.get(e.getKey());
      if (base != null) {
        chain.add(0, base);
      }
      List<Family.Member> members = chain.stream().map(s -> s.link() == null
          ? new Family.Member(s.id(), s.title(), s.fileName(), "agreement", null, s.date(), 0, 0)
          : new Family.Member(s.id(), s.title(), s.fileName(), s.link().kind().label(), s.link().number(), s.date(),
              s.link().start(), s.link().end())).toList();
      FamilyLink first = e.getValue().get(0).link();
      out.add(new Family(base == null ? null : members.get(0), first.parentName(), first.parentDate(), members, effectiveTerms(chain)));
    }
    out.sort(Comparator.comparingInt((Family f) -> -f.members().size()).thenComparing(Family::baseName));
    return out;
  }

  private static Optional<Summary> parent(Summary child, List<Summary> bases) {
    FamilyLink link = child.link();
    return bases.stream()
        .filter(b -> FamilyLink.key(b.title()).contains(link.parentKey()))
        // a shared party, or, when the parties are unknown, the very date the document gives the agreement
        .filter(b -> child.parties().isEmpty()
            ? link.parentDate() != null && b.dates().contains(link.parentDate())
            : b.parties().stream().anyMatch(child.parties()::contains))
        .max(Comparator.comparingInt((Summary b) -> link.parentDate() != null && b.dates().contains(link.parentDate()) ? 1 : 0)
            .thenComparing(Summary::id, Comparator.reverseOrder()));
  }

  /** Each term as the last document of the chain that states it leaves it, with what it replaced. */
  private static List<Family.EffectiveTerm> effectiveTerms(List<Summary> chain) {
    List<Family.EffectiveTerm> out = new ArrayList<>();
    for (CorrectableField field : TERMS) {
      Family.EffectiveTerm current = null;
      for (Summary s : chain) {
        // a statement of work sets its own terms, not the agreement's
        if (s.link() != null && s.link().kind() == FamilyLink.Kind.STATEMENT_OF_WORK) {
          continue;
        }
        Optional<Term> term = s.terms().stream().filter(t -> t.field().equals(field.key())).findFirst();
        if (term.isEmpty() || current != null && current.value().equals(term.get().value())) {
          continue;
        }
        String replaced = current == null ? null : current.value() + " (" + current.title() + ")";
        Term t = term.get();
        current = new Family.EffectiveTerm(field.key(), t.value(), s.id(), s.title(), t.page(), t.start(), t.end(), replaced);
      }
      if (current != null) {
        out.add(current);
      }
    }
    return out;
  }
}
