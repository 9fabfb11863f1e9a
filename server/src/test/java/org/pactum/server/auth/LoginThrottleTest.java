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
      throttle.failed("Ana", "10.0.0.1");
      clock.now = clock.now.plusSeconds(60);
    }
    assertEquals(Duration.ZERO, throttle.waitFor("ana", "10.0.0.2"), "four failures: still allowed");
    throttle.failed("ana", "10.0.0.1");
    Duration wait = throttle.waitFor("ANA", "10.0.0.2");
    assertEquals(Duration.ofMinutes(11), wait, "until the first failure is 15 minutes old");
    assertEquals(Duration.ZERO, throttle.waitFor("ben", "10.0.0.2"));
    clock.now = clock.now.plus(wait).plusSeconds(1);
    assertEquals(Duration.ZERO, throttle.waitFor("ana", "10.0.0.2"));
    throttle.succeeded("ana");
    throttle.failed("ana", "10.0.0.1");
    assertTrue(throttle.waitFor("ana", "10.0.0.2").isZero(), "a success starts the count again");
  }

  @Test
  void manyFailuresFromOneAddressHoldItWhateverTheNames() {
    Hands clock = new Hands();
    LoginThrottle throttle = new LoginThrottle(clock);
    for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ADDRESS; i++) {
      assertEquals(Duration.ZERO, throttle.waitFor("user" + i, "10.0.0.9"), "failure " + i + " of different names");
      throttle.failed("user" + i, "10.0.0.9");
    }
    assertEquals(LoginThrottle.WINDOW, throttle.waitFor("someone-new", "10.0.0.9"));
    assertEquals(Duration.ZERO, throttle.waitFor("someone-new", "10.0.0.8"), "other addresses are not held");
    throttle.succeeded("user1");
    assertTrue(!throttle.waitFor("user1", "10.0.0.9").isZero(), "a success does not clear the address");
  }
}
