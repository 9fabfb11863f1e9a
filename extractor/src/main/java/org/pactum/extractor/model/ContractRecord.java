package org.pactum.extractor.model;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The stored account of one document: where it came from, its text and pages, and what was
 * extracted. Records are the source of truth the search index is derived from.
 *
 * @param schemaVersion the version of this shape, {@link #SCHEMA_VERSION} when written
 * @param id the document's identifier: the first 16 hex digits of its SHA-256
 * @param sha256 the SHA-256 of the original bytes, which are stored under it
 * @param fileName the name the document arrived with (for zip entries, {@code archive.zip!/entry})
 * @param source where it was ingested from (a path, or {@code upload})
 * @param size the original's size in bytes
 * @param ingestedAt when it was stored
 * @param status {@code indexed}, or why the text is not searchable ({@code needs-ocr}, {@code encrypted})
 * @param statusMessage the reason behind a status other than {@code indexed}
 * @param mediaType the detected content type
 * @param title the title shown in lists: the extracted one, else the file name
 * @param text the document's text
 * @param pages where each page of {@code text} starts
 * @param ocrPages how many pages were read by OCR
 * @param metadata the original's own metadata
 * @param extraction what was understood of the contract
 */
public record ContractRecord(
    int schemaVersion,
    String id,
    String sha256,
    String fileName,
    String source,
    long size,
    Instant ingestedAt,
    DocumentStatus status,
    @Nullable String statusMessage,
    String mediaType,
    String title,
    String text,
    PageMap pages,
    int ocrPages,
    Map<String, String> metadata,
    Extraction extraction) {

  public static final int SCHEMA_VERSION = 1;

  public ContractRecord {
    Objects.requireNonNull(id, "id");
    if (!sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("not a SHA-256 in hex: " + sha256);
    }
    if (!id.equals(idOf(sha256))) {
      throw new IllegalArgumentException("id " + id + " does not belong to " + sha256);
    }
    if (!status.stored()) {
      throw new IllegalArgumentException("no record is kept for status " + status);
    }
    metadata = Map.copyOf(metadata);
  }

  /** The document identifier for the given SHA-256. */
  public static String idOf(String sha256) {
    return sha256.substring(0, 16);
  }

  /** The same document with another list title and extraction: re-extracted, corrected, or with a family's terms. */
  public ContractRecord withExtraction(String title, Extraction extraction) {
    return new ContractRecord(schemaVersion, id, sha256, fileName, source, size, ingestedAt, status, statusMessage, mediaType,
        title, text, pages, ocrPages, metadata, extraction);
  }

  /** The 1-based page of the character at {@code offset}. */
  public int pageOf(int offset) {
    return pages.pageOf(offset);
  }
}
