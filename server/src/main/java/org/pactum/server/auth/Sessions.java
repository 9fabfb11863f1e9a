package org.pactum.server.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signed-in browsers, in memory: a session ends after eight idle hours, at sign-out, or when the
 * server restarts. Each session has its own CSRF token, which state-changing requests must echo.
 */
public final class Sessions {

  public static final Duration IDLE = Duration.ofHours(8);

  /** A signed-in browser. */
  public record Session(String id, String user, Role role, String csrf, Instant lastSeen) {}

  private final Map<String, Session> byId = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();
  private final Clock clock;

  public Sessions(Clock clock) {
    this.clock = clock;
  }

  public Session open(Account account) {
    Session session = new Session(randomHex(), account.name(), account.role(), randomHex(), clock.instant());
    byId.put(session.id(), session);
    return session;
  }

  /** The live session with this id, its idle time reset; empty when unknown or expired. */
  public Optional<Session> find(String id) {
    if (id == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Session session = byId.computeIfPresent(id, (k, s) -> s.lastSeen().plus(IDLE).isBefore(now)
        ? null
        : new Session(s.id(), s.user(), s.role(), s.csrf(), now));
    return Optional.ofNullable(session);
  }

  public void close(String id) {
    if (id != null) {
      byId.remove(id);
    }
  }

  /** Ends every session of a user (removed, or a new role). */
  public void closeAllOf(String user) {
    byId.values().removeIf(s -> s.user().equalsIgnoreCase(user));
  }

  private String randomHex() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
