package org.pactum.server.auth;

import java.nio.file.Path;
import java.time.Clock;

/** The accounts, tokens, sessions and audit trail of one repository. */
public record Security(Accounts accounts, ApiTokens tokens, Sessions sessions, AuditLog audit) {

  public static Security in(Path data) {
    return new Security(new Accounts(data), new ApiTokens(data), new Sessions(Clock.systemUTC()), new AuditLog(data));
  }
}
