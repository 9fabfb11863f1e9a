package org.pactum.extractor.clauses;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pactum.extractor.model.Clause;
import org.pactum.extractor.model.Extraction;
import org.pactum.extractor.model.ParsedDocument;
import org.pactum.extractor.model.Party;
import org.pactum.extractor.model.Provenance;

/**
 * CUAD's short value categories as clauses, straight from the field extractors' sources: the
 * title (Document Name), each party's name and defined alias (Parties), and the agreement and
 * effective dates as written. These are words, not sentences, so a categoriser of sentences would
 * only find them too wide.
 */
public final class FieldClauses {

  private static final int ALIAS_WINDOW = 400;

  private FieldClauses() {}

  public static List<Clause> of(ParsedDocument document, Extraction fields) {
    List<Clause> out = new ArrayList<>();
    if (fields.title() != null) {
      add(out, "Document Name", fields.title().source());
    }
    String text = document.text();
    for (Party party : fields.parties()) {
      add(out, "Parties", party.source());
      Provenance alias = aliasSource(text, party, document);
      if (alias != null) {
        add(out, "Parties", alias);
      }
    }
    if (fields.agreementDate() != null) {
      add(out, "Agreement Date", fields.agreementDate().source());
    }
    if (fields.effectiveDate() != null) {
      add(out, "Effective Date", fields.effectiveDate().source());
    }
    return out;
  }

  private static void add(List<Clause> out, String category, Provenance source) {
    if (source.end() > source.start()) {
      out.add(new Clause(category, null, null, source));
    }
  }

  /** Where the party's alias is defined, just after its name. */
  private static @Nullable Provenance aliasSource(String text, Party party, ParsedDocument document) {
    String alias = party.alias();
    if (alias == null || alias.isBlank()) {
      return null;
    }
    int from = party.source().end();
    int at = text.indexOf(alias, from);
    if (at < 0 || at - from > ALIAS_WINDOW) {
      return null;
    }
    Provenance p = party.source();
    return new Provenance(at, at + alias.length(), document.pages().pageOf(at), p.extractor(), p.confidence());
  }
}
