package org.pactum.server.http;

/** A request for something that does not exist; answered with 404. */
public final class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}
