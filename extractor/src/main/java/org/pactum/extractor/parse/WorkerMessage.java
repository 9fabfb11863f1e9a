package org.pactum.extractor.parse;

import org.jspecify.annotations.Nullable;
import org.pactum.extractor.model.DocumentStatus;
import org.pactum.extractor.model.ParsedDocument;

/** Messages between {@link IsolatedParser} and {@link ParseWorkerMain}, one JSON line each. */
final class WorkerMessage {

  /**
   * Starts every answer line. The JVM itself may print to standard output (it does when it stops
   * for lack of memory); lines without the prefix are not answers.
   */
  static final String PREFIX = "@pactum-answer ";

  private WorkerMessage() {}

  /** Parse the file at {@code path}, known to the user as {@code name}. */
  record Request(String path, String name) {}

  /** A parsed document, or the status and reason it could not be parsed. */
  record Response(
      @Nullable ParsedDocument document, @Nullable DocumentStatus status, @Nullable String message) {

    static Response parsed(ParsedDocument document) {
      return new Response(document, null, null);
    }

    static Response refused(DocumentStatus status, String message) {
      return new Response(null, status, message);
    }
  }
}
