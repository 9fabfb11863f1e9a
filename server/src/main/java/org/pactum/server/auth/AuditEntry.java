package org.pactum.server.auth;

import java.time.Instant;

/**
 * One line of the audit trail.
 *
 * @param user the account or token that acted
 * @param action what was done: {@code login}, {@code view}, {@code download}, {@code export}, ...
 * @param target what it was done to: a document id, a standard clause, a user, an export's name
 */
public record AuditEntry(Instant at, String user, String action, String target, String detail) {}
