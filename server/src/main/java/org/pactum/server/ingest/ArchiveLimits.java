package org.pactum.server.ingest;

/**
 * Bounds that keep hostile input (zip bombs, endless nesting, huge files) from exhausting disk or
 * time.
 *
 * @param maxFileBytes the largest single file accepted, archive entries included
 * @param maxArchiveBytes the most bytes one archive may expand to, all entries together
 * @param maxEntries the most entries one archive may hold
 * @param maxDepth how deep archives may nest (1: a zip, 2: a zip in a zip, ...)
 * @param maxRatio the largest expansion ratio (uncompressed / compressed) of an entry past 10 MB
 */
public record ArchiveLimits(
    long maxFileBytes, long maxArchiveBytes, int maxEntries, int maxDepth, int maxRatio) {

  public static final long DEFAULT_MAX_FILE_BYTES = 512L * 1024 * 1024;
  public static final long DEFAULT_MAX_ARCHIVE_BYTES = 4L * 1024 * 1024 * 1024;
  public static final int DEFAULT_MAX_ENTRIES = 20_000;
  public static final int DEFAULT_MAX_DEPTH = 3;
  public static final int DEFAULT_MAX_RATIO = 100;
  /** Entries below this size are never judged by their ratio. */
  public static final long RATIO_THRESHOLD_BYTES = 10L * 1024 * 1024;

  public ArchiveLimits {
    if (maxFileBytes < 1 || maxArchiveBytes < 1 || maxEntries < 1 || maxDepth < 1 || maxRatio < 1) {
      throw new IllegalArgumentException("archive limits must be positive");
    }
  }

  public static ArchiveLimits defaults() {
    return new ArchiveLimits(
        DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_ARCHIVE_BYTES, DEFAULT_MAX_ENTRIES, DEFAULT_MAX_DEPTH, DEFAULT_MAX_RATIO);
  }

  public ArchiveLimits withMaxFileBytes(long bytes) {
    return new ArchiveLimits(bytes, maxArchiveBytes, maxEntries, maxDepth, maxRatio);
  }
}
