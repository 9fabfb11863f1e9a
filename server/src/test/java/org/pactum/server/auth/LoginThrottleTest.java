package org.pactum.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  /** A clock the test moves. */
  private static final class Hands extends Clock {
    Instant now = Instant.parse("2026-11-23T10:00:00Z");

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  @Test
  void fiveFailuresHoldTheNameUntilTheOldestAgesOut() {
    Hands clock = new Hands();
    LoginThrottle throttle = new LoginThrottle(clock);
    for (int i = 0; i < 4; i++) {
      throttle.failed("Ana");
      clock.now = clock.now.plusSeconds(60);
    }
    assertEquals(Duration.ZERO, throttle.waitFor("ana"), "four failures: still allowed");
    throttle.failed("ana");
    Duration wait = throttle.waitFor("ANA");
    assertEquals(Duration.ofMinutes(11), wait, "until the first failure is 15 minutes old");
    assertEquals(Duration.ZERO, throttle.waitFor("ben"));
    clock.now = clock.now.plus(wait).plusSeconds(1);
    assertEquals(Duration.ZERO, throttle.waitFor("ana"));
    throttle.succeeded("ana");
    throttle.failed("ana");
    assertTrue(throttle.waitFor("ana").isZero(), "a success starts the count again");
  }
}
