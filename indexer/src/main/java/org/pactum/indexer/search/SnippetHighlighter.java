package org.pactum.indexer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Lucene's unified highlighter, answering with {@link Snippet}s rather than marked-up strings. It
 * highlights a stored field and its unstemmed twin (whose text is the stored field's), and merges
 * the passages of both.
 */
final class SnippetHighlighter extends UnifiedHighlighter {

  SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer) {
    super(
        UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(new SnippetFormatter())
            .withMaxLength(Integer.MAX_VALUE - 1)
            .withHandleMultiTermQuery(true)
            .withMaxNoHighlightPassages(0));
  }

  /** The snippets of {@code field} for each of {@code docIds}, in order; an empty list for none. */
  List<List<Snippet>> snippets(String field, Query query, int[] docIds, int perDoc) throws IOException {
    String exact = ContractDocuments.exactFieldOf(field);
    var byField =
        highlightFieldsAsObjects(new String[] {field, exact}, query, docIds, new int[] {perDoc, perDoc});
    Object[] stemmed = byField.get(field);
    Object[] unstemmed = byField.get(exact);
    List<List<Snippet>> result = new ArrayList<>(docIds.length);
    for (int i = 0; i < docIds.length; i++) {
      result.add(merge(asList(stemmed[i]), asList(unstemmed[i]), perDoc));
    }
    return result;
  }

  /**
   * Loads each stored field once and hands its text to every requested field that reads from it
   * (the default loader cannot fill two requested fields from one stored field).
   */
  @Override
  protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
      throws IOException {
    String[] stored = Arrays.stream(fields).map(ContractDocuments::storedFieldOf).distinct().toArray(String[]::new);
    List<CharSequence[]> loaded = super.loadFieldValues(stored, docIter, cacheCharsThreshold);
    List<String> storedOrder = Arrays.asList(stored);
    List<CharSequence[]> values = new ArrayList<>(loaded.size());
    for (CharSequence[] perDoc : loaded) {
      CharSequence[] mapped = new CharSequence[fields.length];
      for (int f = 0; f < fields.length; f++) {
        mapped[f] = perDoc[storedOrder.indexOf(ContractDocuments.storedFieldOf(fields[f]))];
      }
      values.add(mapped);
    }
    return values;
  }

  @SuppressWarnings("unchecked")
  private static List<Snippet> asList(Object formatted) {
    return formatted == null ? List.of() : (List<Snippet>) formatted;
  }

  /** Passages of both fields in text order; where two cover the same text, their matches combine. */
  private static List<Snippet> merge(List<Snippet> a, List<Snippet> b, int limit) {
    if (b.isEmpty()) {
      return a;
    }
    List<Snippet> all = new ArrayList<>(a);
    all.addAll(b);
    all.sort(Comparator.comparingInt(Snippet::start));
    List<Snippet> merged = new ArrayList<>();
    for (Snippet s : all) {
      Snippet last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && s.start() < last.start() + last.text().length()) {
        if (s.start() == last.start() && s.text().equals(last.text())) {
          TreeSet<Snippet.Match> matches =
              new TreeSet<>(Comparator.comparingInt(Snippet.Match::start).thenComparingInt(Snippet.Match::end));
          matches.addAll(last.matches());
          matches.addAll(s.matches());
          merged.set(merged.size() - 1, new Snippet(last.text(), last.page(), last.start(), List.copyOf(matches)));
        }
        continue;
      }
      merged.add(s);
    }
    return merged.size() > limit ? merged.subList(0, limit) : merged;
  }
}
