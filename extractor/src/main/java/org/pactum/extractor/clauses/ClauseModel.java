package org.pactum.extractor.clauses;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import opennlp.tools.doccat.DoccatModel;

/**
 * A trained clause categoriser: the OpenNLP document-categoriser model over units, per category the
 * probability a unit needs before it is called a clause of that category, and for some categories a
 * second categoriser that reads the whole contract.
 *
 * @param categorizer the OpenNLP model over units; its outcome {@value #NONE} means "no category"
 * @param thresholds per category, the lowest probabilities accepted
 * @param documentCategorizers per category whose threshold gives the whole contract a weight, an OpenNLP model
 *     over {@link DocumentWords} with the outcomes {@value #YES} and {@value #NONE}
 */
public record ClauseModel(
    DoccatModel categorizer, Map<String, ClauseModel.Threshold> thresholds, Map<String, DoccatModel> documentCategorizers) {

  /**
   * The probabilities a category needs.
   *
   * @param document what a document must reach to have the category: with no weight, its best unit's probability;
   *     with a weight, its best unit's log-odds plus {@code weight} times the whole-document model's log-odds, here
   *     written back as a probability
   * @param span then each unit reaching this is a clause of the category; where none reaches it the best unit is
   *     the clause, so that the document's decision shows
   * @param weight how much the whole-document model counts beside the best unit; 0 where it is not used
   */
  public record Threshold(double document, double span, double weight) {
    public static final Threshold DEFAULT = new Threshold(0.5, 0.5);
    /** Above any probability: the category is never predicted. */
    public static final Threshold NEVER = new Threshold(2, 2);

    public Threshold(double document, double span) {
      this(document, span, 0);
    }

    /** Whether a document has the category, given its best unit's probability and the whole-document one. */
    public boolean documentHas(double bestUnit, double wholeDocument) {
      if (weight == 0 || document > 1) {
        return bestUnit >= document;
      }
      return score(bestUnit, wholeDocument, weight) >= logOdds(document);
    }

    /** The best unit's log-odds plus {@code weight} times the whole document's. */
    static double score(double bestUnit, double wholeDocument, double weight) {
      return logOdds(bestUnit) + weight * logOdds(wholeDocument);
    }

    static double logOdds(double p) {
      double q = Math.min(Math.max(p, 1e-6), 1 - 1e-6);
      return Math.log(q / (1 - q));
    }
  }

  public static final String NONE = "none";
  /** The whole-document models' outcome for "has the category". */
  public static final String YES = "yes";
  static final String MODEL_FILE = "clause-categorizer.bin";
  static final String THRESHOLDS_FILE = "clause-thresholds.tsv";
  private static final String RESOURCE_FOLDER = "/org/pactum/extractor/clauses/";

  public ClauseModel {
    thresholds = Map.copyOf(thresholds);
    documentCategorizers = Map.copyOf(documentCategorizers);
    for (Map.Entry<String, Threshold> e : thresholds.entrySet()) {
      if (e.getValue().weight() > 0 && !documentCategorizers.containsKey(e.getKey())) {
        throw new IllegalArgumentException(e.getKey() + " weighs a whole-document model it does not have");
      }
    }
  }

  /** The model shipped with the project, when the build holds one; read once. */
  public static Optional<ClauseModel> shipped() {
    return Shipped.MODEL;
  }

  private static final class Shipped {
    static final Optional<ClauseModel> MODEL = readShipped();
  }

  /** Opens one file of a saved model; a missing one is null or an {@link IOException}. */
  private interface ModelFiles {
    InputStream open(String name) throws IOException;
  }

  private static Optional<ClauseModel> readShipped() {
    try (InputStream model = ClauseModel.class.getResourceAsStream(RESOURCE_FOLDER + MODEL_FILE)) {
      if (model == null) {
        return Optional.empty();
      }
      return Optional.of(read(model, name -> ClauseModel.class.getResourceAsStream(RESOURCE_FOLDER + name)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the shipped clause model", e);
    }
  }

  /** Reads a model written by {@link #save}. */
  public static ClauseModel load(Path folder) throws IOException {
    try (InputStream model = Files.newInputStream(folder.resolve(MODEL_FILE))) {
      return read(model, name -> Files.newInputStream(folder.resolve(name)));
    }
  }

  private static ClauseModel read(InputStream model, ModelFiles files) throws IOException {
    Map<String, Threshold> thresholds;
    try (InputStream in = files.open(THRESHOLDS_FILE)) {
      if (in == null) {
        throw new IOException("the clause model has no " + THRESHOLDS_FILE);
      }
      thresholds = readThresholds(in);
    }
    Map<String, DoccatModel> documentModels = new TreeMap<>();
    for (Map.Entry<String, Threshold> e : thresholds.entrySet()) {
      if (e.getValue().weight() > 0) {
        try (InputStream in = files.open(documentFile(e.getKey()))) {
          if (in == null) {
            throw new IOException("the clause model has no " + documentFile(e.getKey()));
          }
          documentModels.put(e.getKey(), new DoccatModel(in));
        }
      }
    }
    return new ClauseModel(new DoccatModel(model), thresholds, documentModels);
  }

  /** The file of a category's whole-document model: {@code clause-document-rofr-rofo-rofn.bin}. */
  static String documentFile(String category) {
    return "clause-document-" + category.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".bin";
  }

  /** Writes the model, its thresholds and its whole-document models into {@code folder}. */
  public void save(Path folder, String comment) throws IOException {
    Files.createDirectories(folder);
    try (OutputStream out = Files.newOutputStream(folder.resolve(MODEL_FILE))) {
      categorizer.serialize(out);
    }
    for (Map.Entry<String, DoccatModel> e : documentCategorizers.entrySet()) {
      try (OutputStream out = Files.newOutputStream(folder.resolve(documentFile(e.getKey())))) {
        e.getValue().serialize(out);
      }
    }
    StringBuilder lines = new StringBuilder("# " + comment
        + "\n# category<TAB>document threshold<TAB>span threshold<TAB>weight of the whole-document model\n");
    new TreeMap<>(thresholds).forEach((k, v) -> lines.append(k)
        .append(String.format(Locale.ROOT, "\t%.6f\t%.3f\t%.2f%n", v.document(), v.span(), v.weight())));
    Files.writeString(folder.resolve(THRESHOLDS_FILE), lines, StandardCharsets.UTF_8);
  }

  /** The thresholds for {@code category}; categories not tuned get a cautious default. */
  public Threshold threshold(String category) {
    return thresholds.getOrDefault(category, Threshold.DEFAULT);
  }

  private static Map<String, Threshold> readThresholds(InputStream in) throws IOException {
    Map<String, Threshold> out = new TreeMap<>();
    for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
      String[] cells = line.strip().split("\t");
      if (!line.startsWith("#") && cells.length >= 3) {
        out.put(cells[0], new Threshold(Double.parseDouble(cells[1]), Double.parseDouble(cells[2]),
            cells.length > 3 ? Double.parseDouble(cells[3]) : 0));
      }
    }
    return out;
  }
}
