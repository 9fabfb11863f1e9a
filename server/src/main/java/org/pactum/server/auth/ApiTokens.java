package org.pactum.server.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Tokens for scripts, in {@code DATA/auth/tokens.json}. The file is read again when it changes, so a
 * token made with {@code pactum token create} works at once on a running server.
 */
public final class ApiTokens {

  private static final String PREFIX = "pt_";

  private final JsonFile<ApiToken> file;
  private final SecureRandom random = new SecureRandom();
  private List<ApiToken> cached = List.of();
  private String cachedVersion = null;

  public ApiTokens(Path data) {
    this.file = new JsonFile<>(data.resolve("auth").resolve("tokens.json"), ApiToken.class);
  }

  /** A new token; returns the token itself, which is shown once and never stored. */
  public synchronized String create(Role role, String note) throws IOException {
    byte[] secret = new byte[24];
    random.nextBytes(secret);
    String token = PREFIX + HexFormat.of().formatHex(secret);
    List<ApiToken> all = file.read();
    all.add(new ApiToken(token.substring(PREFIX.length(), PREFIX.length() + 8), role, sha256(token),
        note == null ? "" : note, Instant.now()));
    file.write(all);
    return token;
  }

  /** Every token, oldest first (their hashes, never the tokens). */
  public synchronized List<ApiToken> list() throws IOException {
    return List.copyOf(file.read());
  }

  /** Withdraws a token at once, also on a running server; false when there is none with that id. */
  public synchronized boolean revoke(String id) throws IOException {
    return file.removeIf(t -> t.id().equals(id));
  }

  public synchronized Optional<ApiToken> find(String token) throws IOException {
    if (token == null || !token.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String version = file.version();
    if (!version.equals(cachedVersion)) {
      cached = List.copyOf(file.read());
      cachedVersion = version;
    }
    byte[] wanted = sha256(token).getBytes(StandardCharsets.US_ASCII);
    return cached.stream()
        .filter(t -> MessageDigest.isEqual(t.sha256().getBytes(StandardCharsets.US_ASCII), wanted))
        .findFirst();
  }

  private static String sha256(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
