package org.pactum.indexer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.pactum.extractor.model.ContractRecord;
import org.pactum.extractor.model.DocumentStatus;
import org.pactum.extractor.model.Extraction;
import org.pactum.extractor.model.PageMap;
import org.pactum.indexer.store.Sha256;

/** Builds records of small text documents, with their original staged, for repository tests. */
public final class Records {

  private Records() {}

  /** A staged original holding {@code text}, and its record; pages split at form feeds. */
  public static Staged text(Repository repository, String name, String text) throws IOException {
    Path staged = repository.newStagingFile();
    Files.writeString(staged, text, StandardCharsets.UTF_8);
    String sha = Sha256.of(staged);
    List<Integer> starts = new java.util.ArrayList<>(List.of(0));
    for (int i = text.indexOf('\f'); i >= 0; i = text.indexOf('\f', i + 1)) {
      starts.add(i + 1);
    }
    ContractRecord record =
        new ContractRecord(
            ContractRecord.SCHEMA_VERSION, ContractRecord.idOf(sha), sha, name, "test", Files.size(staged),
            Instant.parse("2026-01-01T00:00:00Z"), DocumentStatus.INDEXED, null, "text/plain",
            name, text, new PageMap(starts), 0, Map.of(), Extraction.NONE);
    return new Staged(record, staged);
  }

  /** A sample contract as ingest would store it: parsed (without OCR), analysed, its original staged. */
  public static Staged sample(Repository repository, Path file) throws Exception {
    org.pactum.extractor.model.ParsedDocument parsed = PARSER.parse(file, file.getFileName().toString());
    Path staged = repository.newStagingFile();
    Files.copy(file, staged, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    String sha = Sha256.of(staged);
    Extraction extraction = ANALYZER.analyse(parsed, file.getFileName().toString());
    String title = extraction.title() == null ? file.getFileName().toString() : extraction.title().value();
    ContractRecord record =
        new ContractRecord(
            ContractRecord.SCHEMA_VERSION, ContractRecord.idOf(sha), sha, file.getFileName().toString(), "test",
            Files.size(staged), Instant.parse("2026-01-01T00:00:00Z"), DocumentStatus.INDEXED, null, parsed.mediaType(),
            title, parsed.text(), parsed.pages(), 0, Map.of(), extraction);
    return new Staged(record, staged);
  }

  private static final org.pactum.extractor.parse.TikaDocumentParser PARSER =
      new org.pactum.extractor.parse.TikaDocumentParser(org.pactum.extractor.parse.ParseSettings.defaults().withOcr(false));
  private static final org.pactum.extractor.analysis.DefaultAnalyzer ANALYZER = new org.pactum.extractor.analysis.DefaultAnalyzer();

  /** A record and its staged original. */
  public record Staged(ContractRecord record, Path original) {
    public ContractRecord storeIn(Repository repository) throws IOException {
      repository.store(record, original);
      return record;
    }
  }
}
