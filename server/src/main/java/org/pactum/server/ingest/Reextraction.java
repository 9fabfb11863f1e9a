package org.pactum.server.ingest;

import java.io.IOException;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.pactum.extractor.analysis.ContractAnalyzer;
import org.pactum.extractor.model.ContractRecord;
import org.pactum.extractor.model.DocumentStatus;
import org.pactum.extractor.model.Extraction;
import org.pactum.extractor.model.ParsedDocument;
import org.pactum.indexer.Repository;

/**
 * Runs extraction again over the text the repository already holds, without parsing the files again: values Pactum
 * learnt to read after a contract was ingested (a venue, a notice to terminate) appear in it. Corrections, notes and
 * tags are kept apart from the record, so they stay; a document that was not indexed (no text) is left as it is.
 */
public final class Reextraction {

  /** How many documents were read again, and how many were left as they were. */
  public record Result(int reextracted, int skipped) {}

  private final ContractAnalyzer analyzer;

  public Reextraction(ContractAnalyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** Re-extracts every stored document, telling {@code progress} how many are done after each. */
  public Result run(Repository repository, IntConsumer progress) throws IOException {
    int done = 0;
    int skipped = 0;
    for (String id : repository.ids()) {
      Optional<ContractRecord> stored = repository.get(id);
      if (stored.isEmpty() || stored.get().status() != DocumentStatus.INDEXED || stored.get().text().isEmpty()) {
        skipped++;
        continue;
      }
      repository.update(again(stored.get()));
      progress.accept(++done);
    }
    return new Result(done, skipped);
  }

  /** The record with its extraction run again over its own text and pages. */
  ContractRecord again(ContractRecord r) {
    ParsedDocument document = new ParsedDocument(r.mediaType(), r.text(), r.pages(), r.metadata(), r.ocrPages());
    Extraction extraction = analyzer.analyse(document, r.fileName());
    String title = extraction.titleValue().map(t -> t.value()).orElse(DocumentProcessor.fallbackTitle(r.fileName()));
    return r.withExtraction(title, extraction);
  }
}
