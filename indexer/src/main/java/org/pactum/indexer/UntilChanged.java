package org.pactum.indexer;

import java.io.IOException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A value worked out from every record of the repository, kept for one key until a record changes.
 * A value worked out while a change happened is returned but not kept, so a change is never hidden
 * by a slow computation that started before it.
 *
 * @param <K> what else the value depends on (today's date, say), or a constant
 * @param <V> the value
 */
final class UntilChanged<K, V> {

  /** Works the value out; may read the whole repository. */
  @FunctionalInterface
  interface Computation<K, V> {
    V compute(K key) throws IOException;
  }

  private record Kept<K, V>(K key, V value) {}

  private volatile @Nullable Kept<K, V> kept;
  private long changes;

  /** The value kept for this key, else the value worked out now (and kept if nothing changed meanwhile). */
  V get(K key, Computation<K, V> computation) throws IOException {
    Kept<K, V> k = kept;
    if (k != null && Objects.equals(k.key(), key)) {
      return k.value();
    }
    long seen;
    synchronized (this) {
      seen = changes;
    }
    V value = computation.compute(key);
    synchronized (this) {
      if (changes == seen) {
        kept = new Kept<>(key, value);
      }
    }
    return value;
  }

  /** A record changed: whatever is kept, or being worked out now, is out of date. */
  synchronized void forget() {
    changes++;
    kept = null;
  }
}
