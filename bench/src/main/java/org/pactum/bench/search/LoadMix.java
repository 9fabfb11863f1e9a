package org.pactum.bench.search;

import java.util.List;

/**
 * What share of a load client's actions are uploads and exports; the rest are searches. Runs with
 * a part of the mix left out say what each part costs the others.
 */
record LoadMix(String name, double uploads, double exports) {

  /** Searches with uploads and exports now and then: the documented run. */
  static final LoadMix ALL = new LoadMix("all", 0.08, 0.02);

  static final List<LoadMix> KNOWN = List.of(
      ALL,
      new LoadMix("searches", 0, 0),
      new LoadMix("searches-uploads", 0.08, 0),
      new LoadMix("uploads", 1, 0));

  double searches() {
    return 1 - uploads - exports;
  }

  static LoadMix named(String name) {
    return KNOWN.stream().filter(m -> m.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no mix " + name + "; known: "
            + KNOWN.stream().map(LoadMix::name).toList()));
  }
}
