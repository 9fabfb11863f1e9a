package org.pactum.server.triage;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a bulk ingest brought in, for the person who has to sort a legacy dump: every file that did
 * not make it and why, what was already stored, near-duplicates with the passages that differ, and
 * the OCRed documents from the least readable.
 *
 * @param statuses how many files ended with each status
 */
public record TriageReport(
    String run,
    int files,
    Map<String, Long> statuses,
    List<Failure> failures,
    List<Duplicate> duplicates,
    List<NearDuplicateGroup> nearDuplicates,
    List<OcrDocument> ocr) {

  /** A file that was not stored as searchable, with the reason. */
  public record Failure(String name, String status, @Nullable String reason) {}

  /** A file whose bytes were already stored, and under which name. */
  public record Duplicate(String name, String id, @Nullable String storedAs) {}

  /** A document of a near-duplicate group; {@code likeness} is its estimated share of five-grams with the group's first. */
  public record Member(String id, String fileName, String title, double likeness) {}

  /** A passage where a member differs from the group's first: words only in the first, words only in it, and context. */
  public record Change(String other, String before, String removed, String added, String after) {}

  public record NearDuplicateGroup(List<Member> members, List<Change> changes) {}

  /** An OCRed document of the run and how readable its text is. */
  public record OcrDocument(String id, String fileName, int pages, int ocrPages, OcrQuality quality) {}
}
