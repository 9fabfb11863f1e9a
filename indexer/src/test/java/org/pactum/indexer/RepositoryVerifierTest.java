package org.pactum.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.extractor.model.ContractRecord;
import org.pactum.indexer.VerifyReport.Kind;

class RepositoryVerifierTest {

  @TempDir Path data;

  @Test
  void aHealthyRepositoryIsConsistent() throws Exception {
    try (Repository repository = Repository.open(data)) {
      Records.text(repository, "a.txt", "Distribution agreement.").storeIn(repository);
      VerifyReport report = new RepositoryVerifier(repository).check(false);
      assertTrue(report.consistent(), report.toString());
      assertEquals(1, report.records());
      assertEquals(1, report.blobs());
      assertEquals(1, report.indexed());
    }
  }

  @Test
  void findsAndRepairsIndexDriftAndReportsDamage() throws Exception {
    try (Repository repository = Repository.open(data)) {
      ContractRecord kept = Records.text(repository, "a.txt", "Franchise agreement.").storeIn(repository);
      ContractRecord damaged = Records.text(repository, "b.txt", "Hosting agreement.").storeIn(repository);
      ContractRecord unindexed = Records.text(repository, "c.txt", "Sponsorship agreement.").storeIn(repository);
      Records.Staged orphan = Records.text(repository, "d.txt", "Outsourcing agreement.");
      repository.blobs().putStaged(orphan.original(), orphan.record().sha256());
      Files.writeString(repository.blobs().pathOf(damaged.sha256()), "tampered");
      repository.index().delete(unindexed.id());
      repository.index().put(orphan.record(), List.of()); // an index entry without a record
      repository.commit();

      VerifyReport found = new RepositoryVerifier(repository).check(false);
      assertFalse(found.consistent());
      assertEquals(
          List.of(Kind.DAMAGED_ORIGINAL, Kind.ORIGINAL_WITHOUT_RECORD, Kind.NOT_INDEXED, Kind.STALE_INDEX_ENTRY),
          found.problems().stream().map(VerifyReport.Problem::kind).sorted().toList());
      assertEquals(List.of(orphan.record().sha256()), found.shasToReingest());

      VerifyReport repaired = new RepositoryVerifier(repository).check(true);
      assertTrue(repaired.problems().stream().filter(p -> p.kind() == Kind.NOT_INDEXED || p.kind() == Kind.STALE_INDEX_ENTRY).allMatch(VerifyReport.Problem::repaired));
      assertEquals(3, repository.index().count());
      assertTrue(repository.index().ids().contains(kept.id()));
    }
  }
}
