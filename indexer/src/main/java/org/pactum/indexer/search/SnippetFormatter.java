package org.pactum.indexer.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the unified highlighter's passages into {@link Snippet}s that keep their offsets; the
 * page is filled in later from the document's page map (page 1 until then).
 */
final class SnippetFormatter extends PassageFormatter {

  @Override
  public List<Snippet> format(Passage[] passages, String content) {
    List<Snippet> snippets = new ArrayList<>(passages.length);
    for (Passage passage : passages) {
      int start = passage.getStartOffset();
      String text = content.substring(start, passage.getEndOffset());
      List<Snippet.Match> matches = new ArrayList<>();
      for (int i = 0; i < passage.getNumMatches(); i++) {
        int from = passage.getMatchStarts()[i] - start;
        int to = Math.min(passage.getMatchEnds()[i] - start, text.length());
        if (from >= 0 && from < to) {
          matches.add(new Snippet.Match(from, to));
        }
      }
      snippets.add(new Snippet(text, 1, start, matches));
    }
    return snippets;
  }
}
