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
 * Slows password guessing two ways. After {@value #MAX_FAILURES_PER_NAME} failed sign-ins for one
 * user name within {@link #WINDOW}, further attempts for that name are refused until the oldest
 * failure ages out; and after {@value #MAX_FAILURES_PER_ADDRESS} failures from one address, whatever
 * names it tried, that address is held the same way, so guessing across many names is slowed too. A
 * success clears the name's count, not the address's: one right password does not license more
 * guesses at others.
 */
public final class LoginThrottle {

  public static final int MAX_FAILURES_PER_NAME = 5;
  public static final int MAX_FAILURES_PER_ADDRESS = 20;
  public static final Duration WINDOW = Duration.ofMinutes(15);

  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
  private final Clock clock;

  public LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** How long a sign-in for the name from the address must wait; zero when it may try now. */
  public Duration waitFor(String name, String address) {
    Duration byName = waitFor(nameKey(name), MAX_FAILURES_PER_NAME);
    Duration byAddress = waitFor(addressKey(address), MAX_FAILURES_PER_ADDRESS);
    return byName.compareTo(byAddress) >= 0 ? byName : byAddress;
  }

  public void failed(String name, String address) {
    failed(nameKey(name), MAX_FAILURES_PER_NAME);
    failed(addressKey(address), MAX_FAILURES_PER_ADDRESS);
  }

  public void succeeded(String name) {
    failures.remove(nameKey(name));
  }

  private Duration waitFor(String key, int max) {
    Deque<Instant> recent = failures.get(key);
    if (recent == null) {
      return Duration.ZERO;
    }
    synchronized (recent) {
      Instant now = clock.instant();
      recent.removeIf(t -> t.plus(WINDOW).isBefore(now));
      return recent.size() < max ? Duration.ZERO : Duration.between(now, recent.peekFirst().plus(WINDOW));
    }
  }

  private void failed(String key, int max) {
    Deque<Instant> recent = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (recent) {
      recent.addLast(clock.instant());
      while (recent.size() > max) {
        recent.removeFirst();
      }
    }
  }

  private static String nameKey(String name) {
    return "name:" + (name == null ? "" : name.strip().toLowerCase(Locale.ROOT));
  }

  private static String addressKey(String address) {
    return "address:" + (address == null ? "" : address);
  }
}
