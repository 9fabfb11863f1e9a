package org.pactum.server.auth;

/**
 * Who is making a request.
 *
 * @param name the account's name, or {@code token:<id>} for a script's token
 * @param session the session id when the request came with the session cookie; null for a token
 */
public record Principal(String name, Role role, String session) {}
