package org.pactum.server.export;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.pactum.extractor.model.ContractRecord;
import org.pactum.indexer.dates.RenewalKind;

/**
 * A contract in the export schema that the scorer of the CUAD set reads ({@code id}, {@code title},
 * {@code parties}, dates, terms, {@code governingLaw}, {@code clauses}), with the project's own
 * fields beside them. Values not yet extracted are null or empty.
 *
 * @param id the file name (the scorer matches it to its labels)
 * @param documentId Pactum's id of the stored document
 */
public record ContractExport(
    String id,
    String documentId,
    String title,
    List<Map<String, Object>> parties,
    @Nullable String agreementDate,
    @Nullable String effectiveDate,
    @Nullable String expirationDate,
    @Nullable Map<String, Object> expiration,
    @Nullable String renewalTerm,
    @Nullable Boolean autoRenewal,
    @Nullable String noticePeriod,
    @Nullable String terminationNotice,
    @Nullable String governingLaw,
    @Nullable Map<String, Object> venue,
    @Nullable String paymentTerms,
    @Nullable Integer paymentDays,
    List<Map<String, Object>> amounts,
    List<Map<String, Object>> definedTerms,
    List<Map<String, Object>> obligations,
    List<Map<String, Object>> clauses,
    List<String> tags,
    String fileName,
    String sha256,
    String status,
    @Nullable String statusMessage,
    String mediaType,
    int pages,
    int ocrPages,
    String ingestedAt) {

  public static ContractExport of(ContractRecord r) {
    return of(r, List.of());
  }

  /** The record with the tags people put on it. */
  public static ContractExport of(ContractRecord r, List<String> tags) {
    return new ContractExport(
        baseName(r.fileName()),
        r.id(),
        // the title the document gives itself; the file name a list shows in its place is in fileName already
        r.extraction().title() == null ? null : r.extraction().title().value(),
        r.extraction().parties().stream().map(ContractExport::party).toList(),
        r.extraction().agreementDate() == null ? null : r.extraction().agreementDate().date().toString(),
        r.extraction().effectiveDate() == null ? null : r.extraction().effectiveDate().date().toString(),
        r.extraction().expiration() == null ? null : r.extraction().expiration().date().toString(),
        r.extraction().expiration() == null ? null : expiration(r.text(), r.extraction().expiration()),
        r.extraction().renewalTerm() == null ? null : r.extraction().renewalTerm().iso(),
        RenewalKind.automatic(r.extraction()),
        r.extraction().noticePeriod() == null ? null : r.extraction().noticePeriod().iso(),
        r.extraction().terminationNotice() == null ? null : r.extraction().terminationNotice().iso(),
        r.extraction().governingLaw() == null ? null : r.extraction().governingLaw().jurisdiction(),
        r.extraction().venue() == null ? null : venue(r.extraction().venue()),
        r.extraction().paymentTerms() == null ? null : r.extraction().paymentTerms().text(),
        r.extraction().paymentTerms() == null ? null : r.extraction().paymentTerms().days(),
        r.extraction().amounts().stream().map(ContractExport::amount).toList(),
        r.extraction().definedTerms().stream().map(ContractExport::definedTerm).toList(),
        r.extraction().obligations().stream().map(ContractExport::obligation).toList(),
        r.extraction().clauses().stream().map(c -> clause(r.text(), c)).toList(),
        List.copyOf(tags),
        r.fileName(),
        r.sha256(),
        r.status().label(),
        r.statusMessage(),
        r.mediaType(),
        r.pages().pageCount(),
        r.ocrPages(),
        r.ingestedAt().toString());
  }

  private static Map<String, Object> party(org.pactum.extractor.model.Party p) {
    Map<String, Object> out = new java.util.LinkedHashMap<>();
    out.put("name", p.name());
    if (p.alias() != null) {
      out.put("alias", p.alias());
    }
    putSource(out, p.source());
    return out;
  }

  /** The page and span of a value, as every exported value carries them. */
  private static void putSource(Map<String, Object> out, org.pactum.extractor.model.Provenance source) {
    out.put("page", source.page());
    out.put("start", source.start());
    out.put("end", source.end());
  }

  /**
   * How the expiration date was found: written or computed, the working, the undated event a term runs
   * from when there is one (the date is then the earliest end), and the sentence.
   */
  private static Map<String, Object> expiration(String text, org.pactum.extractor.model.Expiration e) {
    Map<String, Object> out = new java.util.LinkedHashMap<>();
    out.put("computed", e.computed());
    if (e.basis() != null) {
      out.put("basis", e.basis());
    }
    if (e.undatedStart() != null) {
      out.put("undatedStart", e.undatedStart());
    }
    out.put("text", text.substring(Math.min(e.source().start(), text.length()), Math.min(e.source().end(), text.length())));
    putSource(out, e.source());
    return out;
  }

  /** Where disputes are heard: the place as written, its jurisdiction's code and whether courts or an arbitration. */
  private static Map<String, Object> venue(org.pactum.extractor.model.Venue v) {
    Map<String, Object> out = new java.util.LinkedHashMap<>();
    out.put("place", v.place());
    if (v.code() != null) {
      out.put("code", v.code());
    }
    out.put("forum", v.forum());
    putSource(out, v.source());
    return out;
  }

  private static Map<String, Object> amount(org.pactum.extractor.model.Amount a) {
    Map<String, Object> out = new java.util.LinkedHashMap<>();
    out.put("value", a.value());
    out.put("currency", a.currency());
    if (a.purpose() != null) {
      out.put("purpose", a.purpose());
    }
    putSource(out, a.source());
    return out;
  }

  private static Map<String, Object> definedTerm(org.pactum.extractor.model.DefinedTerm t) {
    Map<String, Object> out = new java.util.LinkedHashMap<>();
    out.put("term", t.term());
    putSource(out, t.source());
    return out;
  }

  private static Map<String, Object> obligation(org.pactum.extractor.model.Obligation o) {
    Map<String, Object> out = new java.util.LinkedHashMap<>();
    out.put("obligor", o.obligor());
    if (o.party() != null) {
      out.put("party", o.party());
    }
    out.put("prohibition", o.prohibition());
    out.put("action", o.action());
    if (o.deadline() != null) {
      out.put("deadline", o.deadline().text());
      if (o.deadline().period() != null) {
        out.put("deadlinePeriod", o.deadline().period());
        out.put("businessDays", o.deadline().businessDays());
      }
      if (o.deadline().date() != null) {
        out.put("dueDate", o.deadline().date().toString());
      }
    }
    if (o.recurrence() != null) {
      out.put("recurrence", o.recurrence().text());
      out.put("recurrencePeriod", o.recurrence().period());
    }
    putSource(out, o.source());
    return out;
  }

  private static Map<String, Object> clause(String text, org.pactum.extractor.model.Clause c) {
    Map<String, Object> out = new java.util.LinkedHashMap<>();
    int start = Math.min(c.source().start(), text.length());
    int end = Math.min(c.source().end(), text.length());
    out.put("category", c.category());
    out.put("text", text.substring(start, end));
    out.put("confidence", Math.round(c.source().confidence() * 1000) / 1000.0);
    out.put("page", c.source().page());
    out.put("start", start);
    out.put("end", end);
    if (c.section() != null) {
      out.put("section", c.section());
    }
    if (c.heading() != null) {
      out.put("heading", c.heading());
    }
    out.put("extractor", c.source().extractor());
    return out;
  }

  /** The CSV columns, in order. */
  public static final List<String> CSV_COLUMNS =
      List.of("id", "documentId", "title", "agreementDate", "effectiveDate", "expirationDate",
          "renewalTerm", "autoRenewal", "noticePeriod", "terminationNotice", "governingLaw", "venue", "paymentTerms", "tags", "fileName", "sha256", "status", "statusMessage",
          "mediaType", "pages", "ocrPages", "ingestedAt");

  public List<@Nullable Object> csvRow() {
    return java.util.Arrays.asList(id, documentId, title, agreementDate, effectiveDate, expirationDate,
        renewalTerm, autoRenewal, noticePeriod, terminationNotice, governingLaw, venue == null ? null : venue.get("place"),
        paymentTerms, String.join("; ", tags), fileName, sha256, status, statusMessage, mediaType,
        pages, ocrPages, ingestedAt);
  }

  private static String baseName(String fileName) {
    int cut = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
    return fileName.substring(cut + 1);
  }
}
