package org.pactum.server.auth;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The accounts people sign in with, in {@code DATA/auth/accounts.json}; passwords hashed with bcrypt. */
public final class Accounts {

  /** bcrypt's work factor: about 50 ms a check on this project's reference machine. */
  private static final int COST = 10;
  public static final int MIN_PASSWORD = 10;
  private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9._@-]{0,63}");
  private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  /** Checked against when the name is unknown, so a wrong name takes as long as a wrong password. */
  private static final String DUMMY = BCrypt.withDefaults().hashToString(COST, "not a password".toCharArray());

  private final JsonFile<Account> file;
  private final SecureRandom random = new SecureRandom();

  public Accounts(Path data) {
    this.file = new JsonFile<>(data.resolve("auth").resolve("accounts.json"), Account.class);
  }

  public synchronized List<Account> list() throws IOException {
    return List.copyOf(file.read());
  }

  public synchronized boolean isEmpty() throws IOException {
    return file.read().isEmpty();
  }

  /**
   * Creates an account.
   *
   * @throws IllegalArgumentException for a malformed or taken name, or a password shorter than {@value #MIN_PASSWORD}
   */
  public synchronized Account create(String name, Role role, String password) throws IOException {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("a user name is 1 to 64 letters, digits and . _ @ -, starting with a letter or digit: " + name);
    }
    if (password == null || password.length() < MIN_PASSWORD) {
      throw new IllegalArgumentException("a password has at least " + MIN_PASSWORD + " characters");
    }
    List<Account> all = file.read();
    if (all.stream().anyMatch(a -> a.name().equalsIgnoreCase(name))) {
      throw new IllegalArgumentException("there is already a user named " + name);
    }
    Account account = new Account(name, role, BCrypt.withDefaults().hashToString(COST, password.toCharArray()), Instant.now());
    all.add(account);
    file.write(all);
    return account;
  }

  /** The account when the name and password match; empty otherwise, in about the same time either way. */
  public Optional<Account> verify(String name, String password) throws IOException {
    Optional<Account> account;
    synchronized (this) {
      account = file.read().stream().filter(a -> a.name().equalsIgnoreCase(name == null ? "" : name)).findFirst();
    }
    char[] given = (password == null ? "" : password).toCharArray();
    String hash = account.map(Account::passwordHash).orElse(DUMMY);
    boolean ok = BCrypt.verifyer().verify(given, hash.getBytes(StandardCharsets.UTF_8)).verified;
    return ok ? account : Optional.empty();
  }

  public synchronized boolean remove(String name) throws IOException {
    return file.removeIf(a -> a.name().equalsIgnoreCase(name));
  }

  /** A password of 16 characters from an alphabet without look-alikes (0/O, 1/l/I). */
  public String generatePassword() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return out.toString();
  }
}
