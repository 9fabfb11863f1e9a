package org.pactum.indexer.search;

import java.util.List;
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
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.pactum.extractor.model.ContractRecord;
import org.pactum.extractor.model.PageMap;

/** The index schema: which fields a contract record becomes, and how to read them back. */
final class ContractDocuments {

  static final String ID = "id";
  static final String TITLE = "title";
  static final String TEXT = "text";
  /** The title and text again, unstemmed: for wildcard, fuzzy and regular-expression queries. */
  static final String TITLE_EXACT = "title_exact";
  static final String TEXT_EXACT = "text_exact";
  static final String FILE_NAME = "fileName";
  static final String MEDIA_TYPE = "mediaType";
  static final String STATUS = "status";
  static final String PAGES = "pages";
  static final String INGESTED_AT = "ingestedAt";

  /** Full text, stored, with offsets in the postings so highlighting need not re-analyse. */
  private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

  /** The same, not stored: the exact fields highlight from the stored stemmed field's text. */
  private static final FieldType EXACT_WITH_OFFSETS = new FieldType(TextField.TYPE_NOT_STORED);

  static {
    TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_WITH_OFFSETS.freeze();
    EXACT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    EXACT_WITH_OFFSETS.freeze();
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

  static Document of(ContractRecord record) {
    Document doc = new Document();
    doc.add(new StringField(ID, record.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(ID, new BytesRef(record.id())));
    doc.add(new Field(TITLE, record.title(), TEXT_WITH_OFFSETS));
    doc.add(new Field(TEXT, record.text(), TEXT_WITH_OFFSETS));
    doc.add(new Field(TITLE_EXACT, record.title(), EXACT_WITH_OFFSETS));
    doc.add(new Field(TEXT_EXACT, record.text(), EXACT_WITH_OFFSETS));
    doc.add(new StringField(FILE_NAME, record.fileName(), Field.Store.YES));
    doc.add(new StringField(MEDIA_TYPE, record.mediaType(), Field.Store.YES));
    doc.add(new StringField(STATUS, record.status().label(), Field.Store.YES));
    doc.add(new StoredField(PAGES, pagesToString(record.pages())));
    long ingested = record.ingestedAt().toEpochMilli();
    doc.add(new LongPoint(INGESTED_AT, ingested));
    doc.add(new NumericDocValuesField(INGESTED_AT, ingested));
    return doc;
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
