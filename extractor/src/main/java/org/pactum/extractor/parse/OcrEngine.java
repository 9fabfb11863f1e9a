package org.pactum.extractor.parse;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** Whether the tesseract OCR engine can be run on this machine. */
public final class OcrEngine {

  private static volatile Boolean available;

  private OcrEngine() {}

  /** True when {@code tesseract --version} runs; asked once per process. */
  public static boolean available() {
    Boolean known = available;
    if (known == null) {
      known = probe();
      available = known;
    }
    return known;
  }

  /** What to tell a user whose scanned documents could not be read. */
  public static String howToEnable() {
    return "install tesseract (Debian/Ubuntu: apt-get install tesseract-ocr) and ingest the file again";
  }

  private static boolean probe() {
    try {
      Process p =
          new ProcessBuilder("tesseract", "--version")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!p.waitFor(20, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return false;
      }
      return p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
