package org.pactum.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@value #MAX_FAILURES} failed sign-ins for one user name within
 * {@link #WINDOW}, further attempts for that name are refused until the oldest failure ages out.
 */
public final class LoginThrottle {

  public static final int MAX_FAILURES = 5;
  public static final Duration WINDOW = Duration.ofMinutes(15);

  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
  private final Clock clock;

  public LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** How long the name must wait before another attempt; zero when it may try now. */
  public Duration waitFor(String name) {
    Deque<Instant> recent = failures.get(key(name));
    if (recent == null) {
      return Duration.ZERO;
    }
    synchronized (recent) {
      Instant now = clock.instant();
      recent.removeIf(t -> t.plus(WINDOW).isBefore(now));
      return recent.size() < MAX_FAILURES ? Duration.ZERO : Duration.between(now, recent.peekFirst().plus(WINDOW));
    }
  }

  public void failed(String name) {
    Deque<Instant> recent = failures.computeIfAbsent(key(name), k -> new ArrayDeque<>());
    synchronized (recent) {
      recent.addLast(clock.instant());
      while (recent.size() > MAX_FAILURES) {
        recent.removeFirst();
      }
    }
  }

  public void succeeded(String name) {
    failures.remove(key(name));
  }

  private static String key(String name) {
    return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
  }
}
