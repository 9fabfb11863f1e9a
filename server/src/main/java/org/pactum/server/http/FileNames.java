package org.pactum.server.http;

/** File names made safe for headers and downloads. */
final class FileNames {

  private FileNames() {}

  /** Marks the answer as a file to save, of this type, under the name made safe. */
  static void attach(io.javalin.http.Context ctx, String contentType, String name) {
    ctx.contentType(contentType);
    ctx.header("Content-Disposition", "attachment; filename=\"" + safe(name) + "\"");
  }

  /** The base name, with anything but letters, digits, dot, dash, underscore and space replaced. */
  static String safe(String name) {
    String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    String cleaned = base.replaceAll("[^\\p{L}\\p{N}._ -]", "_").strip();
    if (cleaned.isEmpty() || cleaned.chars().allMatch(c -> c == '.')) {
      return "document";
    }
    return cleaned.length() > 150 ? cleaned.substring(cleaned.length() - 150) : cleaned;
  }
}
