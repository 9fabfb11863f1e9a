package org.pactum.server.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.pactum.extractor.analysis.ContractAnalyzer;
import org.pactum.extractor.model.ContractRecord;
import org.pactum.extractor.model.DocumentStatus;
import org.pactum.extractor.model.Extraction;
import org.pactum.extractor.model.PageMap;
import org.pactum.extractor.model.ParsedDocument;
import org.pactum.extractor.parse.DocumentException;
import org.pactum.extractor.parse.DocumentParser;

/**
 * One candidate through the pipeline: duplicate check, parse, analyse, hand to the sink. Safe to
 * call from several threads; remembers the bytes it has seen so the same file twice in one run is
 * a duplicate too.
 */
public final class DocumentProcessor {

  private final DocumentParser parser;
  private final ContractAnalyzer analyzer;
  private final DocumentSink sink;
  private final Clock clock;
  /** The first result per SHA-256 in this run, completed when that file has ended. */
  private final Map<String, CompletableFuture<IngestResult>> seen = new ConcurrentHashMap<>();

  public DocumentProcessor(DocumentParser parser, ContractAnalyzer analyzer, DocumentSink sink, Clock clock) {
    this.parser = parser;
    this.analyzer = analyzer;
    this.sink = sink;
    this.clock = clock;
  }

  /**
   * Processes one candidate. The same bytes seen earlier in this run wait for the first copy to
   * end, so a duplicate is only reported once its original is stored (or ends like it). A sink that does not
   * {@linkplain DocumentSink#storesOnce() store once} gets every copy.
   */
  public IngestResult process(Candidate candidate) {
    if (!sink.storesOnce()) {
      return processFirst(candidate);
    }
    CompletableFuture<IngestResult> mine = new CompletableFuture<>();
    CompletableFuture<IngestResult> first = seen.putIfAbsent(candidate.sha256(), mine);
    if (first != null) {
      deleteStaged(candidate);
      return sameAs(candidate, first.join());
    }
    IngestResult result = processFirst(candidate);
    mine.complete(result);
    return result;
  }

  private static IngestResult sameAs(Candidate candidate, IngestResult first) {
    if (first.status().stored() || first.status() == DocumentStatus.DUPLICATE) {
      return new IngestResult(
          candidate.name(), DocumentStatus.DUPLICATE, "same bytes as " + first.name(), first.id(), 0, Duration.ZERO);
    }
    return new IngestResult(
        candidate.name(), first.status(), first.message() + " (same bytes as " + first.name() + ")", null, 0, Duration.ZERO);
  }

  private IngestResult processFirst(Candidate candidate) {
    long started = System.nanoTime();
    String id = ContractRecord.idOf(candidate.sha256());
    try {
      var stored = sink.known(candidate.sha256());
      if (stored.isPresent()) {
        return result(candidate, DocumentStatus.DUPLICATE, "already stored as " + stored.get(), stored.get(), 0, started);
      }
      ContractRecord record;
      try {
        ParsedDocument parsed = parser.parse(candidate.staged(), candidate.name());
        record = record(candidate, parsed, DocumentStatus.INDEXED, null, analyzer.analyse(parsed, candidate.name()));
      } catch (DocumentException e) {
        if (!e.status().stored()) {
          return result(candidate, e.status(), e.getMessage(), null, 0, started);
        }
        ParsedDocument nothing = new ParsedDocument("application/octet-stream", "", PageMap.SINGLE_PAGE, Map.of(), 0);
        record = record(candidate, nothing, e.status(), e.getMessage(), Extraction.NONE);
      }
      sink.accept(record, candidate);
      return result(candidate, record.status(), record.statusMessage(), id, record.pages().pageCount(), started);
    } catch (IOException | RuntimeException e) {
      return result(candidate, DocumentStatus.FAILED, "could not store it: " + e.getMessage(), null, 0, started);
    } finally {
      deleteStaged(candidate);
    }
  }

  private static void deleteStaged(Candidate candidate) {
    try {
      Files.deleteIfExists(candidate.staged());
    } catch (IOException e) {
      // staging is emptied when the repository next opens
    }
  }

  private ContractRecord record(
      Candidate c, ParsedDocument parsed, DocumentStatus status, String message, Extraction extraction) {
    String title = extraction.titleValue().map(t -> t.value()).orElse(fallbackTitle(c.name()));
    return new ContractRecord(
        ContractRecord.SCHEMA_VERSION,
        ContractRecord.idOf(c.sha256()),
        c.sha256(),
        c.name(),
        c.source(),
        c.size(),
        Instant.now(clock),
        status,
        message,
        parsed.mediaType(),
        title,
        parsed.text(),
        parsed.pages(),
        parsed.ocrPages(),
        parsed.metadata(),
        extraction);
  }

  /** The file's base name without extension, for documents without a title of their own. */
  static String fallbackTitle(String name) {
    String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    int dot = base.lastIndexOf('.');
    return dot > 0 ? base.substring(0, dot) : base;
  }

  private static IngestResult result(
      Candidate c, DocumentStatus status, String message, String id, int pages, long startedNanos) {
    return new IngestResult(c.name(), status, message, id, pages, Duration.ofNanos(System.nanoTime() - startedNanos));
  }
}
