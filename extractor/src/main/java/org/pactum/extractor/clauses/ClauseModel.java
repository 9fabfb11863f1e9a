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
 * A trained clause categoriser: the OpenNLP document-categoriser model and, per category, the
 * probability a unit needs before it is called a clause of that category.
 *
 * @param categorizer the OpenNLP model; its outcome {@value #NONE} means "no category"
 * @param thresholds per category, the lowest probabilities accepted
 */
public record ClauseModel(DoccatModel categorizer, Map<String, ClauseModel.Threshold> thresholds) {

  /**
   * The probabilities a category needs.
   *
   * @param document the best unit of a document must reach this for the document to have the category
   * @param span then each unit reaching this is a clause of the category
   */
  public record Threshold(double document, double span) {
    public static final Threshold DEFAULT = new Threshold(0.5, 0.5);
    /** Above any probability: the category is never predicted. */
    public static final Threshold NEVER = new Threshold(2, 2);
  }

  public static final String NONE = "none";
  static final String MODEL_FILE = "clause-categorizer.bin";
  static final String THRESHOLDS_FILE = "clause-thresholds.tsv";
  private static final String RESOURCE_FOLDER = "/org/pactum/extractor/clauses/";

  public ClauseModel {
    thresholds = Map.copyOf(thresholds);
  }

  /** The model shipped with the project, when the build holds one; read once. */
  public static Optional<ClauseModel> shipped() {
    return Shipped.MODEL;
  }

  private static final class Shipped {
    static final Optional<ClauseModel> MODEL = readShipped();
  }

  private static Optional<ClauseModel> readShipped() {
    try (InputStream model = ClauseModel.class.getResourceAsStream(RESOURCE_FOLDER + MODEL_FILE);
        InputStream thresholds = ClauseModel.class.getResourceAsStream(RESOURCE_FOLDER + THRESHOLDS_FILE)) {
      if (model == null || thresholds == null) {
        return Optional.empty();
      }
      return Optional.of(read(model, thresholds));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the shipped clause model", e);
    }
  }

  /** Reads a model written by {@link #save}. */
  public static ClauseModel load(Path folder) throws IOException {
    try (InputStream model = Files.newInputStream(folder.resolve(MODEL_FILE));
        InputStream thresholds = Files.newInputStream(folder.resolve(THRESHOLDS_FILE))) {
      return read(model, thresholds);
    }
  }

  private static ClauseModel read(InputStream model, InputStream thresholds) throws IOException {
    return new ClauseModel(new DoccatModel(model), readThresholds(thresholds));
  }

  /** Writes the model and its thresholds into {@code folder}. */
  public void save(Path folder, String comment) throws IOException {
    Files.createDirectories(folder);
    try (OutputStream out = Files.newOutputStream(folder.resolve(MODEL_FILE))) {
      categorizer.serialize(out);
    }
    StringBuilder lines = new StringBuilder("# " + comment + "\n# category<TAB>document threshold<TAB>span threshold\n");
    new TreeMap<>(thresholds).forEach((k, v) -> lines.append(k)
        .append(String.format(Locale.ROOT, "\t%.3f\t%.3f%n", v.document(), v.span())));
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
      if (!line.startsWith("#") && cells.length == 3) {
        out.put(cells[0], new Threshold(Double.parseDouble(cells[1]), Double.parseDouble(cells[2])));
      }
    }
    return out;
  }
}
