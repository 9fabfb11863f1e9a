package org.pactum.server.ingest;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.pactum.extractor.model.DocumentStatus;

/**
 * How one file ended.
 *
 * @param name the file's name as the user knows it
 * @param status its final status
 * @param message the reason, for every status but {@code indexed}
 * @param id the document id, when it is stored (or already was, for duplicates)
 * @param pages how many pages it has, when parsed
 * @param elapsed how long it took
 */
public record IngestResult(
    String name,
    DocumentStatus status,
    @Nullable String message,
    @Nullable String id,
    int pages,
    Duration elapsed) {

  public static IngestResult refused(String name, DocumentStatus status, String message) {
    return new IngestResult(name, status, message, null, 0, Duration.ZERO);
  }

  /** The status as shown to users: {@code failed: <reason>} for failures, else the label. */
  public String statusText() {
    return status == DocumentStatus.FAILED && message != null ? "failed: " + message : status.label();
  }
}
