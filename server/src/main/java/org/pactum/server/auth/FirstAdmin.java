package org.pactum.server.auth;

import java.io.IOException;
import java.io.PrintStream;

/** On first start, an {@code admin} account: with the password from the environment, or a generated one printed once. */
public final class FirstAdmin {

  public static final String NAME = "admin";
  public static final String PASSWORD_VARIABLE = "PACTUM_ADMIN_PASSWORD";

  private FirstAdmin() {}

  /** Creates the admin when there is no account at all; says so on {@code out}. */
  public static void ensure(Accounts accounts, AuditLog audit, String fromEnvironment, PrintStream out) throws IOException {
    if (!accounts.isEmpty()) {
      return;
    }
    boolean given = fromEnvironment != null && !fromEnvironment.isBlank();
    String password = given ? fromEnvironment : accounts.generatePassword();
    accounts.create(NAME, Role.ADMIN, password);
    audit.record("pactum", "user-create", NAME, "first start, role admin");
    if (given) {
      out.println("Created the user 'admin' with the password from " + PASSWORD_VARIABLE + ".");
    } else {
      out.println("Created the user 'admin'. Its password, shown only this once: " + password);
      out.println("(Set " + PASSWORD_VARIABLE + " before the first start to choose it.)");
    }
  }
}
