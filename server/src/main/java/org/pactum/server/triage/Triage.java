package org.pactum.server.triage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.pactum.extractor.model.ContractRecord;
import org.pactum.extractor.model.DocumentStatus;
import org.pactum.indexer.Repository;
import org.pactum.indexer.compare.Difference;
import org.pactum.indexer.compare.Segment;
import org.pactum.indexer.compare.WordDiff;
import org.pactum.server.ingest.IngestResult;

/**
 * Builds a run's triage report from its log and the repository. Near-duplicates are looked for among
 * every stored document, so a contract scanned again months later is found beside its first copy;
 * that reads every record once per report.
 */
public final class Triage {

  /** Born-digital documents read for the vocabulary OCR quality is measured against. */
  static final int VOCABULARY_DOCUMENTS = 200;
  private static final int CHANGES_PER_PAIR = 8;
  private static final int CONTEXT_WORDS = 8;
  private static final int MAX_CHANGE_CHARS = 400;

  private Triage() {}

  public static TriageReport of(Repository repository, String run, List<IngestResult> results) throws IOException {
    Map<String, Long> statuses = new LinkedHashMap<>();
    List<TriageReport.Failure> failures = new ArrayList<>();
    List<TriageReport.Duplicate> duplicates = new ArrayList<>();
    Set<String> stored = new HashSet<>();
    for (IngestResult r : results) {
      statuses.merge(r.status().label(), 1L, Long::sum);
      if (r.status() == DocumentStatus.DUPLICATE && r.id() != null) {
        duplicates.add(new TriageReport.Duplicate(r.name(), r.id(), repository.get(r.id()).map(ContractRecord::fileName).orElse(null)));
      } else if (r.status() != DocumentStatus.INDEXED) {
        failures.add(new TriageReport.Failure(r.name(), r.statusText(), r.message()));
      }
      if (r.status().stored() && r.id() != null) {
        stored.add(r.id());
      }
    }
    Map<String, ContractRecord> records = new LinkedHashMap<>();
    List<NearDuplicates.Signed> signed = new ArrayList<>();
    Set<String> vocabulary = new HashSet<>();
    int vocabularyDocuments = 0;
    for (String id : repository.ids()) {
      Optional<ContractRecord> record = repository.get(id);
      if (record.isEmpty() || record.get().text().isBlank()) {
        continue;
      }
      ContractRecord r = record.get();
      signed.add(NearDuplicates.sign(id, r.text()));
      if (stored.contains(id)) {
        records.put(id, r);
      }
      if (r.ocrPages() == 0 && vocabularyDocuments < VOCABULARY_DOCUMENTS) {
        vocabularyDocuments++;
        for (String w : r.text().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
          if (w.length() >= 2) {
            vocabulary.add(w);
          }
        }
      }
    }
    List<TriageReport.NearDuplicateGroup> groups = new ArrayList<>();
    for (NearDuplicates.Group g : NearDuplicates.groups(signed, stored)) {
      groups.add(group(repository, g));
    }
    if (vocabulary.size() < 1000) {
      // too few born-digital documents to learn from: common English words still tell words from debris
      EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.forEach(w -> vocabulary.add(new String((char[]) w)));
      vocabulary.addAll(CommonWords.CONTRACT);
    }
    List<TriageReport.OcrDocument> ocr = new ArrayList<>();
    for (ContractRecord r : records.values()) {
      if (r.ocrPages() > 0) {
        ocr.add(new TriageReport.OcrDocument(r.id(), r.fileName(), r.pages().pageCount(), r.ocrPages(), OcrQuality.of(r.text(), vocabulary)));
      }
    }
    ocr.sort(Comparator.comparingDouble((TriageReport.OcrDocument d) -> d.quality().score()).thenComparing(TriageReport.OcrDocument::id));
    return new TriageReport(run, results.size(), statuses, failures, duplicates, groups, ocr);
  }

  private static TriageReport.NearDuplicateGroup group(Repository repository, NearDuplicates.Group g) throws IOException {
    List<TriageReport.Member> members = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < g.ids().size(); i++) {
      ContractRecord r = repository.get(g.ids().get(i)).orElseThrow();
      members.add(new TriageReport.Member(r.id(), r.fileName(), r.title(), g.likeness().get(i)));
      texts.add(r.text());
    }
    List<TriageReport.Change> changes = new ArrayList<>();
    for (int i = 1; i < texts.size(); i++) {
      changes.addAll(changes(members.get(i).id(), WordDiff.between(texts.get(0), texts.get(i))));
    }
    return new TriageReport.NearDuplicateGroup(members, changes);
  }

  /** The runs that differ, each with a few words of what surrounds it. */
  static List<TriageReport.Change> changes(String other, Difference difference) {
    List<Segment> segments = difference.segments();
    List<TriageReport.Change> out = new ArrayList<>();
    int i = 0;
    while (i < segments.size() && out.size() < CHANGES_PER_PAIR) {
      if (segments.get(i).change() == Segment.Change.SAME) {
        i++;
        continue;
      }
      String before = i > 0 ? lastWords(segments.get(i - 1).text()) : "";
      StringBuilder removed = new StringBuilder();
      StringBuilder added = new StringBuilder();
      while (i < segments.size() && segments.get(i).change() != Segment.Change.SAME) {
        (segments.get(i).change() == Segment.Change.REMOVED ? removed : added).append(segments.get(i).text());
        i++;
      }
      String after = i < segments.size() ? firstWords(segments.get(i).text()) : "";
      out.add(new TriageReport.Change(other, before, clip(removed.toString()), clip(added.toString()), after));
    }
    return out;
  }

  private static String lastWords(String text) {
    String[] words = text.strip().split("\\s+");
    return String.join(" ", java.util.Arrays.copyOfRange(words, Math.max(0, words.length - CONTEXT_WORDS), words.length));
  }

  private static String firstWords(String text) {
    String[] words = text.strip().split("\\s+");
    return String.join(" ", java.util.Arrays.copyOfRange(words, 0, Math.min(words.length, CONTEXT_WORDS)));
  }

  private static String clip(String text) {
    String t = text.strip().replaceAll("\\s+", " ");
    return t.length() <= MAX_CHANGE_CHARS ? t : t.substring(0, MAX_CHANGE_CHARS - 1) + "…";
  }
}
