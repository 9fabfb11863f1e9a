package org.pactum.indexer.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.pactum.indexer.search.ClauseView;

/**
 * The de facto standard of a clause category, learned from the repository with no playbook: the
 * clause whose wording most other clauses of the category share. Each clause is a set of word
 * three-grams; MinHash signatures estimate how many three-grams two clauses share (Jaccard), and the
 * clause with the most neighbours at or above {@value #ALIKE} is the centre of the largest group of
 * alike clauses, the majority wording. Ties go to the higher mean likeness, then the lower id, so the
 * answer is the same every time.
 */
public final class UsualWording {

  /** Estimated shared three-grams at which two clauses count as the same wording with edits. */
  static final double ALIKE = 0.5;
  /** Enough clauses to find the majority wording, few enough that all pairs are cheap. */
  static final int SAMPLE = 600;
  private static final int HASHES = 64;

  /**
   * @param clause the clause whose wording is usual
   * @param alike how many of the clauses looked at share most of its wording
   * @param of how many clauses were looked at
   */
  public record Learned(ClauseView clause, int alike, int of) {}

  private UsualWording() {}

  /** Empty when there are fewer than two clauses to learn from. */
  public static Optional<Learned> of(List<ClauseView> clauses) {
    if (clauses.size() < 2) {
      return Optional.empty();
    }
    List<ClauseView> sample = sample(clauses);
    int n = sample.size();
    int[][] signatures = new int[n][];
    for (int i = 0; i < n; i++) {
      signatures[i] = signature(sample.get(i).text());
    }
    int best = -1;
    int bestAlike = -1;
    double bestMean = -1;
    for (int i = 0; i < n; i++) {
      int alike = 0;
      double sum = 0;
      for (int j = 0; j < n; j++) {
        if (i != j) {
          double s = similarity(signatures[i], signatures[j]);
          sum += s;
          if (s >= ALIKE) {
            alike++;
          }
        }
      }
      double mean = sum / (n - 1);
      if (alike > bestAlike || alike == bestAlike && mean > bestMean) {
        best = i;
        bestAlike = alike;
        bestMean = mean;
      }
    }
    return Optional.of(new Learned(sample.get(best), bestAlike + 1, n));
  }

  /** Evenly spaced over the clauses in id order, so the same repository gives the same sample. */
  private static List<ClauseView> sample(List<ClauseView> clauses) {
    List<ClauseView> sorted = new ArrayList<>(clauses);
    sorted.sort(Comparator.comparing(ClauseView::clauseId));
    if (sorted.size() <= SAMPLE) {
      return sorted;
    }
    List<ClauseView> out = new ArrayList<>(SAMPLE);
    for (int i = 0; i < SAMPLE; i++) {
      out.add(sorted.get((int) ((long) i * sorted.size() / SAMPLE)));
    }
    return out;
  }

  /** For each of the hash functions, the least hash over the text's word three-grams. */
  static int[] signature(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    List<String> kept = new ArrayList<>();
    for (String w : words) {
      if (!w.isEmpty()) {
        kept.add(w);
      }
    }
    int[] min = new int[HASHES];
    java.util.Arrays.fill(min, Integer.MAX_VALUE);
    int grams = Math.max(1, kept.size() - 2);
    for (int g = 0; g < grams; g++) {
      String gram = String.join(" ", kept.subList(g, Math.min(kept.size(), g + 3)));
      int h = gram.hashCode();
      for (int k = 0; k < HASHES; k++) {
        int v = mix(h, k);
        if (v < min[k]) {
          min[k] = v;
        }
      }
    }
    return min;
  }

  /** The share of hash functions on which two signatures agree: an estimate of the Jaccard index. */
  static double similarity(int[] a, int[] b) {
    int same = 0;
    for (int k = 0; k < a.length; k++) {
      if (a[k] == b[k]) {
        same++;
      }
    }
    return (double) same / a.length;
  }

  /** The k-th hash of a value: a seeded integer mix (MurmurHash3's finaliser). */
  private static int mix(int value, int k) {
    int h = value ^ (0x9E3779B9 * (k + 1));
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    h ^= h >>> 16;
    return h;
  }
}
