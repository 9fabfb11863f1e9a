package org.pactum.server.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * The name an uploaded file is kept under: the path the browser sent ({@code contracts/2019/lease.pdf}
 * for a file from a dropped folder), with every segment made harmless. The name is only ever a
 * label; nothing is written to a path taken from it.
 */
public final class UploadNames {

  private static final int MAX_SEGMENT = 120;
  private static final int MAX_SEGMENTS = 8;

  private UploadNames() {}

  public static String clean(String sent) {
    List<String> segments = new ArrayList<>();
    for (String segment : (sent == null ? "" : sent).split("[/\\\\]")) {
      String s = segment.replaceAll("[\\p{Cntrl}\\p{Cf}<>:\"|?*]", "_").strip();
      if (s.isEmpty() || s.equals(".") || s.equals("..")) {
        continue;
      }
      segments.add(s.length() > MAX_SEGMENT ? s.substring(s.length() - MAX_SEGMENT) : s);
    }
    if (segments.isEmpty()) {
      return "upload";
    }
    // keep the file's own name and the folders nearest to it
    return String.join("/", segments.subList(Math.max(0, segments.size() - MAX_SEGMENTS), segments.size()));
  }
}
