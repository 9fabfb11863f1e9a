package org.pactum.server.auth;

import java.time.Instant;

/** A person who can sign in; the password is kept only as a bcrypt hash. */
public record Account(String name, Role role, String passwordHash, Instant createdAt) {}
