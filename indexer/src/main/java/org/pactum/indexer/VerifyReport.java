package org.pactum.indexer;

import java.util.List;

/**
 * What a check of a repository found: counts, and every inconsistency between originals, records
 * and index.
 */
public record VerifyReport(int records, int blobs, int indexed, List<Problem> problems) {

  public VerifyReport {
    problems = List.copyOf(problems);
  }

  public boolean consistent() {
    return problems.stream().allMatch(Problem::repaired);
  }

  /** The originals stored without a readable record: parse them again to repair. */
  public List<String> shasToReingest() {
    return problems.stream()
        .filter(p -> p.kind() == Kind.ORIGINAL_WITHOUT_RECORD || p.kind() == Kind.UNREADABLE_RECORD)
        .filter(p -> !p.repaired())
        .map(Problem::sha256)
        .toList();
  }

  /** The kinds of inconsistency. */
  public enum Kind {
    /** A record's JSON cannot be read. */
    UNREADABLE_RECORD,
    /** A record whose original file is gone. */
    MISSING_ORIGINAL,
    /** An original whose bytes no longer match their SHA-256. */
    DAMAGED_ORIGINAL,
    /** An original with no record (a crash between storing and recording). */
    ORIGINAL_WITHOUT_RECORD,
    /** A record the index does not have. */
    NOT_INDEXED,
    /** An index entry without a record. */
    STALE_INDEX_ENTRY
  }

  /**
   * One inconsistency.
   *
   * @param sha256 the original concerned, when known (else empty)
   * @param repaired whether {@code --repair} fixed it
   */
  public record Problem(Kind kind, String id, String sha256, String message, boolean repaired) {

    public Problem asRepaired() {
      return new Problem(kind, id, sha256, message, true);
    }
  }
}
