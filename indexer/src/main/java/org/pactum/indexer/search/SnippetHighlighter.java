package org.pactum.indexer.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** Lucene's unified highlighter, answering with {@link Snippet}s rather than marked-up strings. */
final class SnippetHighlighter extends UnifiedHighlighter {

  SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer) {
    super(
        UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(new SnippetFormatter())
            .withMaxLength(Integer.MAX_VALUE - 1));
  }

  /** The snippets of {@code field} for each of {@code docIds}, in order; an empty list for none. */
  @SuppressWarnings("unchecked")
  List<List<Snippet>> snippets(String field, Query query, int[] docIds, int perDoc)
      throws IOException {
    Object[] formatted =
        highlightFieldsAsObjects(new String[] {field}, query, docIds, new int[] {perDoc}).get(field);
    return java.util.Arrays.stream(formatted)
        .map(o -> o == null ? List.<Snippet>of() : (List<Snippet>) o)
        .toList();
  }
}
