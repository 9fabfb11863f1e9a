package org.pactum.indexer.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * MinHash signatures of texts as sets of word n-grams: the share of positions where two signatures
 * agree estimates the Jaccard index of the two sets (shared n-grams over all n-grams), without
 * comparing the texts themselves. Words are lower-cased letters and digits, so case, punctuation and
 * line breaks do not count.
 */
public final class MinHash {

  private final int gram;
  private final int hashes;

  /**
   * @param gram words per n-gram: 3 for clauses, 5 for whole documents
   * @param hashes signature length: the estimate's error shrinks with its square root
   */
  public MinHash(int gram, int hashes) {
    this.gram = gram;
    this.hashes = hashes;
  }

  /** For each hash function, the least hash over the text's word n-grams. */
  public int[] signature(String text) {
    List<String> words = words(text);
    int[] min = new int[hashes];
    Arrays.fill(min, Integer.MAX_VALUE);
    int grams = Math.max(1, words.size() - gram + 1);
    for (int g = 0; g < grams; g++) {
      int h = String.join(" ", words.subList(g, Math.min(words.size(), g + gram))).hashCode();
      for (int k = 0; k < hashes; k++) {
        int v = mix(h, k);
        if (v < min[k]) {
          min[k] = v;
        }
      }
    }
    return min;
  }

  /** The share of hash functions on which two signatures agree: an estimate of the Jaccard index. */
  public static double similarity(int[] a, int[] b) {
    int same = 0;
    for (int k = 0; k < a.length; k++) {
      if (a[k] == b[k]) {
        same++;
      }
    }
    return (double) same / a.length;
  }

  static List<String> words(String text) {
    List<String> kept = new ArrayList<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        kept.add(w);
      }
    }
    return kept;
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
