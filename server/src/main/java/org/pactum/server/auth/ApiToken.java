package org.pactum.server.auth;

import java.time.Instant;

/**
 * A token a script sends as {@code Authorization: Bearer TOKEN}; only its SHA-256 is kept.
 *
 * @param id a short public name for the token, shown in the audit trail
 */
public record ApiToken(String id, Role role, String sha256, String note, Instant createdAt) {}
