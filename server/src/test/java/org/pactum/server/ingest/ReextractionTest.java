package org.pactum.server.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.extractor.analysis.DefaultAnalyzer;
import org.pactum.extractor.model.ContractRecord;
import org.pactum.extractor.model.Extraction;
import org.pactum.extractor.parse.ParseSettings;
import org.pactum.extractor.parse.TikaDocumentParser;
import org.pactum.extractor.testing.Fixtures;
import org.pactum.indexer.Repository;
import org.pactum.indexer.search.SearchRequest;

class ReextractionTest {

  @TempDir Path data;

  @Test
  void aRecordFromAnOlderVersionGetsTheValuesThisOneReadsAndKeepsItsTags() throws Exception {
    try (Repository repository = Repository.open(data.resolve("repo"))) {
      new IngestService(repository, new TikaDocumentParser(ParseSettings.defaults().withOcr(false)), new DefaultAnalyzer(),
          ArchiveLimits.defaults(), 2).ingest(List.of(Fixtures.sample("01-")), r -> {});
      String id = repository.ids().get(0);
      ContractRecord current = repository.get(id).orElseThrow();
      // as an older Pactum wrote it: the same text, nothing extracted
      repository.update(current.withExtraction("01-master-services-agreement", Extraction.NONE));
      repository.setTags(id, List.of("renewal review"));
      assertNull(repository.get(id).orElseThrow().extraction().venue());

      Reextraction.Result result = new Reextraction(new DefaultAnalyzer()).run(repository, done -> {});

      assertEquals(new Reextraction.Result(1, 0), result);
      ContractRecord again = repository.get(id).orElseThrow();
      assertEquals("New York County, New York", again.extraction().venue().place());
      assertEquals("P60D", again.extraction().terminationNotice().iso());
      assertEquals("MASTER SERVICES AGREEMENT", again.title());
      assertEquals(current.ingestedAt(), again.ingestedAt());
      assertEquals(List.of("renewal review"), repository.tags(id));
      // and the index reads the new record: its clauses are searchable again
      SearchRequest clauses = new SearchRequest("governed", SearchRequest.Scope.CLAUSES,
          new SearchRequest.Filters("Governing Law", null, null, null, null, null), SearchRequest.Sort.RELEVANCE, 0, 10);
      assertTrue(repository.search(clauses).total() >= 1);
    }
  }
}
