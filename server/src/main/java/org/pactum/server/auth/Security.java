package org.pactum.server.auth;

import java.nio.file.Path;
import java.time.Clock;

/** The accounts, tokens, sessions, audit trail and sign-in throttle of one repository. */
public record Security(Accounts accounts, ApiTokens tokens, Sessions sessions, AuditLog audit, LoginThrottle throttle) {

  public static Security in(Path data) {
    return new Security(new Accounts(data), new ApiTokens(data), new Sessions(Clock.systemUTC()), new AuditLog(data),
        new LoginThrottle(Clock.systemUTC()));
  }
}
