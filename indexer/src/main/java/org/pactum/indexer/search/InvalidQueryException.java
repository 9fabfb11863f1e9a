package org.pactum.indexer.search;

/** A query the user typed that cannot be parsed; the message says where it is wrong. */
public final class InvalidQueryException extends Exception {

  public InvalidQueryException(String message, Throwable cause) {
    super(message, cause);
  }
}
