package org.pactum.extractor.clauses;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The CUAD development set as labelled texts: {@code dev/labels.jsonl} and {@code dev/txt/}. The set
 * is split once and for all by the first hex digit of each id's SHA-1: ids whose digit is
 * {@code d}, {@code e} or {@code f} (78 of 417) are held out of every training and tuning step,
 * so the scores reported on them are honest.
 */
public final class CuadCorpus {

  /** A labelled contract: its text and, per category, the labelled spans as {@code [start, end)}. */
  public record Contract(String id, String text, Map<String, List<int[]>> spans) {}

  private CuadCorpus() {}

  /** Whether {@code id} belongs to the held-out part. */
  public static boolean heldOut(String id) {
    return shaDigit(id) >= 13;
  }

  /** Quarters of the training part, for whole-pipeline out-of-fold runs: a quarter is left out of training and scored. */
  public static final int QUARTERS = 4;

  /**
   * The quarter of the training part {@code id} falls in, 0 to 3, by the same digit as the split: 0-2, 3-5, 6-8 and
   * 9-c (85, 86, 72 and 96 of the 339 contracts); -1 for a held-out id.
   */
  public static int quarter(String id) {
    int digit = shaDigit(id);
    return heldOut(id) ? -1 : Math.min(digit / 3, QUARTERS - 1);
  }

  /** The first hex digit of the id's SHA-1, 0 to 15: the split key. */
  static int shaDigit(String id) {
    try {
      byte[] sha = MessageDigest.getInstance("SHA-1").digest(id.getBytes(StandardCharsets.UTF_8));
      return Character.digit(HexFormat.of().formatHex(sha, 0, 1).charAt(0), 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is always available", e);
    }
  }

  /** Reads every labelled contract of the set under {@code cuadFolder} (the folder holding {@code dev/}). */
  public static List<Contract> read(Path cuadFolder) throws IOException {
    Path dev = cuadFolder.resolve("dev");
    Path labels = dev.resolve("labels.jsonl");
    if (!Files.isRegularFile(labels)) {
      throw new NoSuchFileException(labels.toString(), null, "no CUAD labels here; expected dev/labels.jsonl");
    }
    ObjectMapper json = new ObjectMapper();
    List<Contract> contracts = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(labels, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = json.readTree(line);
        String text = Files.readString(dev.resolve(node.get("txt").asText()), StandardCharsets.UTF_8);
        Map<String, List<int[]>> spans = new HashMap<>();
        node.get("labels").properties().forEach(e -> {
          List<int[]> list = new ArrayList<>();
          for (JsonNode s : e.getValue().path("spans")) {
            int start = s.get("start").asInt();
            int end = s.get("end").asInt();
            if (end > start && end <= text.length()) {
              list.add(new int[] {start, end});
            }
          }
          if (!list.isEmpty()) {
            spans.put(e.getKey(), list);
          }
        });
        contracts.add(new Contract(node.get("id").asText(), text, spans));
      }
    }
    return contracts;
  }
}
