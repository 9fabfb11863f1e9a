package org.pactum.server.triage;

import java.util.Locale;
import java.util.Map;

/** A triage report as one self-contained HTML page: no scripts, every name and text escaped. */
public final class TriageHtml {

  private TriageHtml() {}

  public static String write(TriageReport r) {
    StringBuilder h = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Triage of run ")
        .append(esc(r.run())).append("</title><style>body{font:14px system-ui,sans-serif;margin:2rem;max-width:70rem}"
            + "table{border-collapse:collapse;width:100%;margin-bottom:1.5rem}td,th{border-bottom:1px solid #ddd;padding:.3rem;"
            + "text-align:left;vertical-align:top}del{background:#fde2e2}ins{background:#e2f5e6;text-decoration:none}"
            + ".ctx{color:#666}</style></head><body>");
    h.append("<h1>Triage of run ").append(esc(r.run())).append("</h1><p>").append(r.files()).append(" file(s): ");
    boolean first = true;
    for (Map.Entry<String, Long> e : r.statuses().entrySet()) {
      h.append(first ? "" : ", ").append(e.getValue()).append(' ').append(esc(e.getKey()));
      first = false;
    }
    h.append("</p><h2>Did not make it (").append(r.failures().size()).append(")</h2><table><tr><th>File</th><th>Status</th><th>Reason</th></tr>");
    for (TriageReport.Failure f : r.failures()) {
      h.append("<tr><td>").append(esc(f.name())).append("</td><td>").append(esc(f.status())).append("</td><td>")
          .append(esc(f.reason() == null ? "" : f.reason())).append("</td></tr>");
    }
    h.append("</table><h2>Already stored (").append(r.duplicates().size()).append(")</h2><table><tr><th>File</th><th>Same bytes as</th></tr>");
    for (TriageReport.Duplicate d : r.duplicates()) {
      h.append("<tr><td>").append(esc(d.name())).append("</td><td>").append(esc(d.storedAs() == null ? d.id() : d.storedAs())).append("</td></tr>");
    }
    h.append("</table><h2>Near-duplicates (").append(r.nearDuplicates().size()).append(" group(s))</h2>");
    for (TriageReport.NearDuplicateGroup g : r.nearDuplicates()) {
      h.append("<table><tr><th>Document</th><th>File</th><th>Alike</th></tr>");
      for (TriageReport.Member m : g.members()) {
        h.append("<tr><td>").append(esc(m.title())).append("</td><td>").append(esc(m.fileName())).append("</td><td>")
            .append(percent(m.likeness())).append("</td></tr>");
      }
      h.append("</table><ul>");
      for (TriageReport.Change c : g.changes()) {
        h.append("<li><span class=\"ctx\">…").append(esc(c.before())).append("</span> <del>").append(esc(c.removed()))
            .append("</del> <ins>").append(esc(c.added())).append("</ins> <span class=\"ctx\">").append(esc(c.after())).append("…</span></li>");
      }
      h.append("</ul>");
    }
    h.append("<h2>OCR quality, least readable first (").append(r.ocr().size()).append(")</h2><table><tr><th>File</th><th>Pages OCRed</th>"
        + "<th>Score</th><th>Known words</th><th>Debris</th></tr>");
    for (TriageReport.OcrDocument d : r.ocr()) {
      h.append("<tr><td>").append(esc(d.fileName())).append("</td><td>").append(d.ocrPages()).append(" of ").append(d.pages())
          .append("</td><td>").append(String.format(Locale.ROOT, "%.2f", d.quality().score())).append("</td><td>")
          .append(percent(d.quality().knownShare())).append("</td><td>").append(percent(d.quality().garbageShare())).append("</td></tr>");
    }
    return h.append("</table></body></html>\n").toString();
  }

  private static String percent(double share) {
    return Math.round(100 * share) + "%";
  }

  static String esc(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
