package org.pactum.server.auth;

import io.javalin.security.RouteRole;
import java.util.Locale;

/** What a person or a script may do; each role may do everything the ones before it may. */
public enum Role implements RouteRole {
  /** Read: search, documents, dates, exports. */
  VIEWER,
  /** And change: upload, correct, tag, the clause library. */
  EDITOR,
  /** And administer: users, deletion, the audit trail. */
  ADMIN;

  public boolean allows(Role needed) {
    return compareTo(needed) >= 0;
  }

  public static Role parse(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("role must be viewer, editor or admin: " + name);
    }
  }
}
