package org.pactum.indexer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pactum.extractor.model.ContractRecord;
import org.pactum.indexer.VerifyReport.Kind;
import org.pactum.indexer.VerifyReport.Problem;
import org.pactum.indexer.store.Sha256;

/**
 * Checks originals, records and index against each other. With repair, brings the index in line
 * with the records; originals that lost their record are left for the caller to parse again
 * ({@link VerifyReport#shasToReingest()}), since that takes the parser.
 */
public final class RepositoryVerifier {

  private final Repository repository;

  public RepositoryVerifier(Repository repository) {
    this.repository = repository;
  }

  public VerifyReport check(boolean repair) throws IOException {
    List<Problem> problems = new ArrayList<>();
    List<String> ids = repository.records().ids();
    Set<String> recordShas = new HashSet<>();
    Set<String> readable = new HashSet<>();
    for (String id : ids) {
      Optional<ContractRecord> record;
      try {
        record = repository.records().get(id);
      } catch (IOException e) {
        problems.add(new Problem(Kind.UNREADABLE_RECORD, id, shaWithId(id), "record cannot be read: " + e.getMessage(), false));
        continue;
      }
      if (record.isEmpty()) {
        continue;
      }
      ContractRecord r = record.get();
      readable.add(id);
      recordShas.add(r.sha256());
      if (!repository.blobs().contains(r.sha256())) {
        problems.add(new Problem(Kind.MISSING_ORIGINAL, id, r.sha256(), "the original file is missing", false));
      } else if (!Sha256.of(repository.blobs().pathOf(r.sha256())).equals(r.sha256())) {
        problems.add(new Problem(Kind.DAMAGED_ORIGINAL, id, r.sha256(), "the original's bytes no longer match its SHA-256", false));
      }
    }
    List<String> blobs = repository.blobs().list();
    for (String sha : blobs) {
      if (!recordShas.contains(sha) && problems.stream().noneMatch(p -> p.sha256().equals(sha))) {
        problems.add(new Problem(Kind.ORIGINAL_WITHOUT_RECORD, ContractRecord.idOf(sha), sha, "an original without a record", false));
      }
    }
    Set<String> indexed = repository.index().ids();
    for (String id : readable) {
      if (!indexed.contains(id)) {
        Problem p = new Problem(Kind.NOT_INDEXED, id, "", "the record is not in the index", false);
        if (repair) {
          repository.indexRecord(repository.records().get(id).orElseThrow());
          p = p.asRepaired();
        }
        problems.add(p);
      }
    }
    for (String id : indexed) {
      if (!readable.contains(id)) {
        Problem p = new Problem(Kind.STALE_INDEX_ENTRY, id, "", "the index has a document without a readable record", false);
        if (repair) {
          repository.index().delete(id);
          p = p.asRepaired();
        }
        problems.add(p);
      }
    }
    if (repair) {
      repository.commit();
    }
    return new VerifyReport(ids.size(), blobs.size(), repository.index().count(), problems);
  }

  /** The blob whose SHA-256 starts with this id, or empty. */
  private String shaWithId(String id) throws IOException {
    return repository.blobs().list().stream().filter(s -> s.startsWith(id)).findFirst().orElse("");
  }
}
