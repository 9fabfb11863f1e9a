package org.pactum.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.extractor.model.ContractRecord;
import org.pactum.indexer.search.SearchRequest;
import org.pactum.indexer.store.AtomicFiles;

class RepositoryTest {

  @TempDir Path data;

  @Test
  void anIndexWrittenWithAnOlderSchemaIsRebuiltFromTheRecords() throws Exception {
    ContractRecord record;
    try (Repository repository = Repository.open(data)) {
      record = Records.text(repository, "lease.txt", "Commercial lease of the Acme warehouse.").storeIn(repository);
    }
    // leave the index as an older version would have: other fields, and no schema in its commit
    try (var directory = org.apache.lucene.store.FSDirectory.open(data.resolve("index"));
        var writer = new org.apache.lucene.index.IndexWriter(directory, new org.apache.lucene.index.IndexWriterConfig())) {
      writer.deleteAll();
      var stale = new org.apache.lucene.document.Document();
      stale.add(new org.apache.lucene.document.StringField("id", "stale", org.apache.lucene.document.Field.Store.YES));
      writer.addDocument(stale);
      writer.setLiveCommitData(java.util.Map.of("schema", "1").entrySet());
      writer.commit();
    }
    try (Repository repository = Repository.open(data)) {
      assertEquals(1, repository.reconciliation().added());
      assertEquals(java.util.Set.of(record.id()), repository.index().ids());
      assertEquals(1, repository.search(SearchRequest.of("warehouse")).total());
    }
  }

  @Test
  void storesOriginalRecordAndIndexEntryAndKeepsThemAcrossReopening() throws Exception {
    ContractRecord record;
    try (Repository repository = Repository.open(data)) {
      record = Records.text(repository, "nda.txt", "Mutual non-disclosure agreement between Acme and Zenith.").storeIn(repository);
      assertTrue(repository.containsSha(record.sha256()));
      assertEquals(1, repository.search(SearchRequest.of("zenith")).total());
    }
    try (Repository repository = Repository.open(data)) {
      assertEquals(record, repository.get(record.id()).orElseThrow());
      assertEquals(1, repository.search(SearchRequest.of("acme")).total());
      assertTrue(Files.isRegularFile(repository.blobs().pathOf(record.sha256())));
    }
  }

  @Test
  void aSecondOpenIsRefusedWithAClearMessage() throws Exception {
    try (Repository first = Repository.open(data)) {
      RepositoryLockedException e = assertThrows(RepositoryLockedException.class, () -> Repository.open(data));
      assertTrue(e.getMessage().contains("in use by another Pactum process"), e.getMessage());
    }
  }

  @Test
  void openingIndexesRecordsTheIndexLostAndClearsHalfWrittenFiles() throws Exception {
    String id;
    try (Repository repository = Repository.open(data)) {
      id = Records.text(repository, "a.txt", "Supply agreement for widgets.").storeIn(repository).id();
    }
    // as after a crash: the index lost its commit, a temporary record and a staged file were left behind
    deleteFolder(data.resolve("index"));
    Files.writeString(data.resolve("records").resolve(AtomicFiles.TEMP_PREFIX + "x"), "{half");
    Files.writeString(data.resolve("staging").resolve("leftover"), "bytes");
    try (Repository repository = Repository.open(data)) {
      assertEquals(1, repository.reconciliation().added());
      assertEquals(2, repository.reconciliation().leftoversRemoved());
      assertEquals(1, repository.search(SearchRequest.of("widgets")).total());
      assertEquals(java.util.List.of(id), repository.ids());
    }
  }

  @Test
  void reindexRebuildsFromRecords() throws Exception {
    try (Repository repository = Repository.open(data)) {
      Records.text(repository, "a.txt", "Lease of the warehouse.").storeIn(repository);
      Records.text(repository, "b.txt", "Lease of the office.").storeIn(repository);
      assertEquals(2, repository.reindex());
      assertEquals(2, repository.search(SearchRequest.of("lease")).total());
    }
  }

  @Test
  void deleteRemovesEverything() throws Exception {
    try (Repository repository = Repository.open(data)) {
      ContractRecord r = Records.text(repository, "a.txt", "Consulting agreement.").storeIn(repository);
      assertTrue(repository.delete(r.id()));
      assertFalse(repository.containsSha(r.sha256()));
      assertFalse(repository.blobs().contains(r.sha256()));
      assertEquals(0, repository.search(SearchRequest.of("consulting")).total());
      assertFalse(repository.delete(r.id()));
    }
  }

  static void deleteFolder(Path folder) throws Exception {
    try (var walk = Files.walk(folder)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
