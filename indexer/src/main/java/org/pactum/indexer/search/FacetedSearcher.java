package org.pactum.indexer.search;

import java.io.IOException;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * A searcher with the facet state of its reader, built when the searcher is opened: a searcher
 * manager with {@link #FACTORY} hands out a new reader only once its facet state is ready, so no
 * search waits for it (while it is built, searches go on with the previous searcher).
 */
final class FacetedSearcher extends IndexSearcher {

  /** Opens each searcher of a {@link org.apache.lucene.search.SearcherManager} with its facet state. */
  static final SearcherFactory FACTORY = new SearcherFactory() {
    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
      return new FacetedSearcher(reader);
    }
  };

  private final SortedSetDocValuesReaderState facets;

  private FacetedSearcher(IndexReader reader) throws IOException {
    super(reader);
    this.facets = FacetCounter.stateOf(reader);
  }

  /** The facet state of this searcher's reader; null when no document has a facet yet. */
  SortedSetDocValuesReaderState facets() {
    return facets;
  }
}
