package org.pactum.server.triage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pactum.indexer.compare.MinHash;

/**
 * Groups documents whose texts are nearly the same: the same contract scanned twice, a draft and its
 * signed copy. Each text is a set of word five-grams; two documents are near-duplicates when their
 * MinHash signatures estimate that at least {@value #THRESHOLD} of the five-grams are shared, and
 * groups are the connected sets of such pairs.
 */
final class NearDuplicates {

  static final double THRESHOLD = 0.6;
  private static final MinHash HASHING = new MinHash(5, 128);

  /** A document's signature, made once. */
  record Signed(String id, int[] signature) {}

  /** One group, in the order the documents were given, with each member's likeness to the first. */
  record Group(List<String> ids, List<Double> likeness) {}

  private NearDuplicates() {}

  static Signed sign(String id, String text) {
    return new Signed(id, HASHING.signature(text));
  }

  /** Groups that hold at least one of {@code focus} (this run's documents), over all {@code documents}. */
  static List<Group> groups(List<Signed> documents, java.util.Set<String> focus) {
    int n = documents.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      if (!focus.contains(documents.get(i).id())) {
        continue;
      }
      for (int j = 0; j < n; j++) {
        if (i != j && MinHash.similarity(documents.get(i).signature(), documents.get(j).signature()) >= THRESHOLD) {
          parent[find(parent, i)] = find(parent, j);
        }
      }
    }
    Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      byRoot.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(i);
    }
    List<Group> out = new ArrayList<>();
    for (List<Integer> members : byRoot.values()) {
      if (members.size() < 2) {
        continue;
      }
      int[] first = documents.get(members.get(0)).signature();
      out.add(new Group(members.stream().map(i -> documents.get(i).id()).toList(),
          members.stream().map(i -> MinHash.similarity(first, documents.get(i).signature())).toList()));
    }
    return out;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
