package org.pactum.indexer.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;
import org.pactum.extractor.model.Clause;
import org.pactum.extractor.model.ContractRecord;
import org.pactum.extractor.model.ExtractedPeriod;
import org.pactum.extractor.model.Extraction;
import org.pactum.extractor.model.PageMap;
import org.pactum.extractor.model.Party;
import org.pactum.indexer.dates.RenewalKind;

/**
 * The index schema: which documents a contract record becomes, and how to read them back. A
 * contract is one block: a document per clause (a passage of the text with the categories it was
 * classified into), then the contract's own document last, as Lucene's block join expects. Every
 * document of the block carries the contract's id, so the block is replaced or deleted as one, and
 * the contract's filter fields (parties, governing law, type, date), so clauses filter and facet
 * without a join.
 */
final class ContractDocuments {

  /** Raised whenever the fields change; an index of another version is rebuilt from the records. */
  static final String SCHEMA_VERSION = "7";

  static final String KIND = "kind";
  static final String CONTRACT = "contract";
  static final String CLAUSE = "clause";

  static final String CONTRACT_ID = "contractId";
  /** The contract's id on its own document, with doc values for listing ids. */
  static final String ID = "id";
  static final String CLAUSE_ID = "clauseId";
  static final String TITLE = "title";
  static final String TEXT = "text";
  /** The title and text again, unstemmed: for wildcard, fuzzy and regular-expression queries. */
  static final String TITLE_EXACT = "title_exact";
  static final String TEXT_EXACT = "text_exact";
  /** On a clause: its contract's title, stored only, so a title match does not make every clause match. */
  static final String CONTRACT_TITLE = "contractTitle";
  static final String FILE_NAME = "fileName";
  static final String MEDIA_TYPE = "mediaType";
  static final String STATUS = "status";
  static final String PAGES = "pages";
  static final String PAGE = "page";
  static final String START = "start";
  static final String CATEGORY = "category";
  static final String INGESTED_AT = "ingestedAt";
  /** Lower-cased exact values for filters. */
  static final String CATEGORY_KEY = "category_key";
  static final String LAW_KEY = "law_key";
  static final String TYPE_KEY = "type_key";
  static final String TAG_KEY = "tag_key";
  static final String REVIEW_KEY = "review_key";
  /** How the contract renews ({@link RenewalKind#label()}) and the notice that stops it ({@link NoticePeriods#key}). */
  static final String RENEWAL_KEY = "renewal_key";
  static final String NOTICE_KEY = "notice_key";
  /** Party names and short names, analysed, so "acme" finds "Acme Corp.". */
  static final String PARTY_TEXT = "party_text";
  /** The contract's date (effective, else agreement) as an epoch day: points for ranges, doc values for sorting. */
  static final String DATE = "date";
  /** Every sum of money the contract names, in whole units of its currency: points, for a minimum. */
  static final String AMOUNT = "amount";

  /** Facet dimensions. */
  static final String FACET_CATEGORY = "category";
  static final String FACET_PARTY = "party";
  static final String FACET_LAW = "law";
  static final String FACET_TYPE = "type";
  static final String FACET_YEAR = "year";
  static final String FACET_TAG = "tag";
  static final String FACET_REVIEW = "review";
  static final String FACET_RENEWAL = "renewal";
  static final String FACET_NOTICE = "notice";
  static final List<String> FACETS = List.of(FACET_CATEGORY, FACET_PARTY, FACET_LAW, FACET_TYPE, FACET_YEAR, FACET_TAG, FACET_REVIEW,
      FACET_RENEWAL, FACET_NOTICE);

  static final FacetsConfig FACETS_CONFIG = new FacetsConfig();

  /** Full text, stored, with offsets in the postings so highlighting need not re-analyse. */
  private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

  /** The same, not stored: the exact fields highlight from the stored stemmed field's text. */
  private static final FieldType EXACT_WITH_OFFSETS = new FieldType(TextField.TYPE_NOT_STORED);

  static {
    TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_WITH_OFFSETS.freeze();
    EXACT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    EXACT_WITH_OFFSETS.freeze();
    FACETS_CONFIG.setMultiValued(FACET_CATEGORY, true);
    FACETS_CONFIG.setMultiValued(FACET_PARTY, true);
    FACETS_CONFIG.setMultiValued(FACET_TAG, true);
    FACETS_CONFIG.setMultiValued(FACET_REVIEW, true);
  }

  /** The stored field an exact field's text comes from, or the field itself. */
  static String storedFieldOf(String field) {
    return switch (field) {
      case TITLE_EXACT -> TITLE;
      case TEXT_EXACT -> TEXT;
      default -> field;
    };
  }

  /** The unstemmed twin of a full-text field, or the field itself. */
  static String exactFieldOf(String field) {
    return switch (field) {
      case TITLE -> TITLE_EXACT;
      case TEXT -> TEXT_EXACT;
      default -> field;
    };
  }

  private ContractDocuments() {}

  /** The key a filter value is compared by. */
  static String key(String value) {
    return value.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * The documents whose whole value in a {@code *_key} field is this one, compared by {@link #key}, or for the
   * notice period by {@link NoticePeriods#key(String)}.
   */
  static Query valueQuery(String keyField, String value) {
    // a notice period is one key however its length is written: "12 months", "1 year", "P1Y"
    return new TermQuery(new Term(keyField, keyField.equals(NOTICE_KEY) ? NoticePeriods.key(value) : key(value)));
  }

  /** The clause id: the contract's id and the clause's span, stable while extraction finds the same passage. */
  static String clauseId(String contractId, int start, int end) {
    return contractId + ":" + start + "-" + end;
  }

  /** The block of a record: its clauses, then the contract; every document carries the contract's tags. */
  static List<Document> block(ContractRecord record, List<String> tags, List<String> reviews) throws IOException {
    Shared shared = Shared.of(record, tags, reviews);
    List<Document> block = new ArrayList<>();
    Set<String> categories = new LinkedHashSet<>();
    for (Map.Entry<Span, Set<String>> clause : clausesBySpan(record.extraction()).entrySet()) {
      block.add(FACETS_CONFIG.build(clause(record, shared, clause.getKey(), clause.getValue())));
      categories.addAll(clause.getValue());
    }
    block.add(FACETS_CONFIG.build(contract(record, shared, categories)));
    return block;
  }

  private static Document contract(ContractRecord record, Shared shared, Set<String> categories) {
    Document doc = new Document();
    doc.add(new StringField(KIND, CONTRACT, Field.Store.NO));
    doc.add(new StringField(CONTRACT_ID, record.id(), Field.Store.NO));
    doc.add(new StringField(ID, record.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(ID, new BytesRef(record.id())));
    doc.add(new Field(TITLE, record.title(), TEXT_WITH_OFFSETS));
    doc.add(new Field(TEXT, record.text(), TEXT_WITH_OFFSETS));
    doc.add(new Field(TITLE_EXACT, record.title(), EXACT_WITH_OFFSETS));
    doc.add(new Field(TEXT_EXACT, record.text(), EXACT_WITH_OFFSETS));
    addDescription(doc, record);
    doc.add(new StoredField(PAGES, pagesToString(record.pages())));
    addCategories(doc, categories);
    shared.addTo(doc);
    long ingested = record.ingestedAt().toEpochMilli();
    doc.add(new LongPoint(INGESTED_AT, ingested));
    doc.add(new NumericDocValuesField(INGESTED_AT, ingested));
    return doc;
  }

  private static Document clause(ContractRecord record, Shared shared, Span span, Set<String> categories) {
    String text = record.text().substring(span.start(), span.end());
    Document doc = new Document();
    doc.add(new StringField(KIND, CLAUSE, Field.Store.NO));
    doc.add(new StringField(CONTRACT_ID, record.id(), Field.Store.YES));
    doc.add(new StringField(CLAUSE_ID, clauseId(record.id(), span.start(), span.end()), Field.Store.YES));
    doc.add(new StoredField(CONTRACT_TITLE, record.title()));
    doc.add(new Field(TEXT, text, TEXT_WITH_OFFSETS));
    doc.add(new Field(TEXT_EXACT, text, EXACT_WITH_OFFSETS));
    addDescription(doc, record);
    doc.add(new StoredField(PAGE, record.pages().pageOf(span.start())));
    doc.add(new StoredField(START, span.start()));
    addCategories(doc, categories);
    shared.addTo(doc);
    return doc;
  }

  private static void addDescription(Document doc, ContractRecord record) {
    doc.add(new StringField(FILE_NAME, record.fileName(), Field.Store.YES));
    doc.add(new StringField(MEDIA_TYPE, record.mediaType(), Field.Store.YES));
    doc.add(new StringField(STATUS, record.status().label(), Field.Store.YES));
  }

  private static void addCategories(Document doc, Set<String> categories) {
    for (String category : categories) {
      doc.add(new StoredField(CATEGORY, category));
      doc.add(new StringField(CATEGORY_KEY, key(category), Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField(FACET_CATEGORY, category));
    }
  }

  private record Span(int start, int end) {}

  /** One entry per passage, with every category it was classified into, in text order. */
  private static Map<Span, Set<String>> clausesBySpan(Extraction extraction) {
    Map<Span, Set<String>> spans = new LinkedHashMap<>();
    extraction.clauses().stream()
        .sorted(java.util.Comparator.comparingInt((Clause c) -> c.source().start()).thenComparingInt(c -> c.source().end()))
        .forEach(c -> spans.computeIfAbsent(new Span(c.source().start(), c.source().end()), s -> new LinkedHashSet<>())
            .add(c.category()));
    return spans;
  }

  /** The contract's filter and facet values, which its clauses carry too. */
  private record Shared(List<Party> parties, String law, String lawCode, String type, LocalDate date, long[] amounts,
      List<String> tags, List<String> reviews, @Nullable RenewalKind renewal, @Nullable ExtractedPeriod notice) {

    static Shared of(ContractRecord record, List<String> tags, List<String> reviews) {
      Extraction e = record.extraction();
      LocalDate date = e.effectiveDate() != null ? e.effectiveDate().date()
          : e.agreementDate() != null ? e.agreementDate().date() : null;
      return new Shared(e.parties(), e.governingLaw() == null ? null : e.governingLaw().jurisdiction(),
          e.governingLaw() == null ? null : e.governingLaw().code(), ContractTypes.of(record.title()), date,
          e.amounts().stream().mapToLong(a -> a.value().min(java.math.BigDecimal.valueOf(Long.MAX_VALUE)).longValue()).distinct().toArray(),
          tags, reviews, RenewalKind.of(e).orElse(null), e.noticePeriod());
    }

    void addTo(Document doc) {
      Set<String> names = new LinkedHashSet<>();
      for (Party party : parties) {
        doc.add(new TextField(PARTY_TEXT, party.name(), Field.Store.NO));
        if (party.alias() != null) {
          doc.add(new TextField(PARTY_TEXT, party.alias(), Field.Store.NO));
        }
        if (!party.name().isBlank() && names.add(party.name())) {
          doc.add(new SortedSetDocValuesFacetField(FACET_PARTY, party.name()));
        }
      }
      if (law != null && !law.isBlank()) {
        doc.add(new StringField(LAW_KEY, key(law), Field.Store.NO));
        if (lawCode != null && !lawCode.isBlank()) {
          doc.add(new StringField(LAW_KEY, key(lawCode), Field.Store.NO));
        }
        doc.add(new SortedSetDocValuesFacetField(FACET_LAW, law));
      }
      doc.add(new StringField(TYPE_KEY, key(type), Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField(FACET_TYPE, type));
      for (String tag : tags) {
        doc.add(new StringField(TAG_KEY, key(tag), Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField(FACET_TAG, tag));
      }
      for (String review : reviews) {
        doc.add(new StringField(REVIEW_KEY, review, Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField(FACET_REVIEW, review));
      }
      for (long amount : amounts) {
        doc.add(new LongPoint(AMOUNT, amount));
      }
      if (renewal != null) {
        doc.add(new StringField(RENEWAL_KEY, renewal.label(), Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField(FACET_RENEWAL, renewal.label()));
      }
      if (RenewalKind.positive(notice)) {
        doc.add(new StringField(NOTICE_KEY, NoticePeriods.key(notice.period()), Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField(FACET_NOTICE, NoticePeriods.inWords(notice.period())));
      }
      if (date != null) {
        doc.add(new LongPoint(DATE, date.toEpochDay()));
        doc.add(new NumericDocValuesField(DATE, date.toEpochDay()));
        doc.add(new SortedSetDocValuesFacetField(FACET_YEAR, Integer.toString(date.getYear())));
      }
    }
  }

  /** A clause document read back. */
  static ClauseView clauseOf(Document doc) {
    String text = doc.get(TEXT);
    int start = doc.getField(START).numericValue().intValue();
    return new ClauseView(doc.get(CLAUSE_ID), doc.get(CONTRACT_ID), doc.get(CONTRACT_TITLE), doc.get(FILE_NAME),
        List.of(doc.getValues(CATEGORY)), doc.getField(PAGE).numericValue().intValue(), start, start + text.length(), text);
  }

  static String pagesToString(PageMap pages) {
    return pages.pageStarts().stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  static PageMap pagesOf(Document doc) {
    String stored = doc.get(PAGES);
    if (stored == null || stored.isEmpty()) {
      return PageMap.SINGLE_PAGE;
    }
    List<Integer> starts = java.util.Arrays.stream(stored.split(",")).map(Integer::valueOf).toList();
    return new PageMap(starts);
  }
}
