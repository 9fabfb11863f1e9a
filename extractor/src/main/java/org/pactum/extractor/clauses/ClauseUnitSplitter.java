package org.pactum.extractor.clauses;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;
import org.pactum.extractor.model.Section;

/**
 * Cuts a document into sentence-sized units with OpenNLP's English sentence model, then cuts again
 * where a section starts (a heading without a full stop would otherwise join the next sentence)
 * and where a unit runs past {@value #MAX_UNIT} characters. Heading lines are not units: their
 * words reach the categoriser as the heading of the units below them. Pieces of fewer than three words
 * (page numbers, bare headings) are dropped.
 */
public final class ClauseUnitSplitter {

  static final int MAX_UNIT = 1500;
  private static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  private static final SentenceModel SENTENCES = load();

  private static SentenceModel load() {
    try (InputStream in = ClauseUnitSplitter.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException("the OpenNLP sentence model " + MODEL + " is not on the class path");
      }
      return new SentenceModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the OpenNLP sentence model", e);
    }
  }

  /** The units of {@code text}, in order, given its sections. */
  public List<ClauseUnit> split(String text, List<Section> sections) {
    Span[] sentences = new SentenceDetectorME(SENTENCES).sentPosDetect(text);
    // cut where each section starts and where its text starts after a heading line
    int[] cuts = new int[sections.size() * 2];
    for (int i = 0; i < sections.size(); i++) {
      cuts[2 * i] = sections.get(i).start();
      cuts[2 * i + 1] = sections.get(i).bodyStart();
    }
    java.util.Arrays.sort(cuts);
    List<ClauseUnit> units = new ArrayList<>(sentences.length);
    int nextCut = 0;
    int nextSection = 0; // first section starting after the current position
    for (Span sentence : sentences) {
      int start = sentence.getStart();
      while (start < sentence.getEnd()) {
        while (nextCut < cuts.length && cuts[nextCut] <= start) {
          nextCut++;
        }
        while (nextSection < sections.size() && sections.get(nextSection).start() <= start) {
          nextSection++;
        }
        int end = sentence.getEnd();
        if (nextCut < cuts.length && cuts[nextCut] < end) {
          end = cuts[nextCut];
        }
        if (end - start > MAX_UNIT) {
          end = breakBefore(text, start, start + MAX_UNIT);
        }
        int section = nextSection - 1;
        boolean headingLine = section >= 0 && start < sections.get(section).bodyStart();
        if (!headingLine) {
          addTrimmed(text, start, end, section, units);
        }
        start = end;
      }
    }
    return units;
  }

  /** The best place to cut a long run before {@code limit}: after a semicolon, else a line end. */
  private static int breakBefore(String text, int start, int limit) {
    int floor = start + MAX_UNIT / 3;
    for (int i = limit - 1; i > floor; i--) {
      if (text.charAt(i) == ';') {
        return i + 1;
      }
    }
    for (int i = limit - 1; i > floor; i--) {
      if (text.charAt(i) == '\n') {
        return i + 1;
      }
    }
    return limit;
  }

  private static void addTrimmed(String text, int start, int end, int section, List<ClauseUnit> units) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    int words = 0;
    boolean inWord = false;
    for (int i = start; i < end && words < 3; i++) {
      boolean letter = Character.isLetter(text.charAt(i));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    if (words >= 3) {
      units.add(new ClauseUnit(start, end, section));
    }
  }
}
