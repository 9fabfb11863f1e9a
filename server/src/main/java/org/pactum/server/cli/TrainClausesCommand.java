package org.pactum.server.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.pactum.extractor.analysis.DefaultAnalyzer;
import org.pactum.extractor.clauses.ClauseFinder;
import org.pactum.extractor.clauses.ClauseModel;
import org.pactum.extractor.clauses.ClauseModelTrainer;
import org.pactum.extractor.clauses.CuadCorpus;
import org.pactum.extractor.model.Clause;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "train-clauses",
    description = {
      "Train the clause categoriser on the CUAD development set (dev/labels.jsonl and dev/txt/).",
      "Contracts whose id's SHA-1 starts with d, e or f are held out and never read for training.",
      "Writes clause-categorizer.bin, clause-thresholds.tsv and a clause-document-<category>.bin for each category",
      "that weighs a whole-document model into --out; the project ships them from",
      "extractor/src/main/resources/org/pactum/extractor/clauses/."
    },
    mixinStandardHelpOptions = true)
final class TrainClausesCommand implements Callable<Integer> {

  @Option(names = "--cuad", required = true, paramLabel = "DIR", description = "The CUAD folder, holding dev/.")
  Path cuad;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write the model.")
  Path out;

  @Option(names = "--iterations", defaultValue = "150", description = "Maximum-entropy iterations (default: ${DEFAULT-VALUE}).")
  int iterations;

  @Option(names = "--cutoff", defaultValue = "5", description = "Drop features seen fewer times (default: ${DEFAULT-VALUE}).")
  int cutoff;

  @Option(names = "--negatives", defaultValue = "0.1",
      description = "Share of unlabelled sentences used as examples of no category (default: ${DEFAULT-VALUE}).")
  double negatives;

  @Option(names = "--leave-out", paramLabel = "QUARTER",
      description = "Also leave this quarter (0-3) of the training part out, to extract it with the model and score the whole"
          + " pipeline out of fold (bench/cuad-out-of-fold.sh); its ids are written to left-out-ids.txt beside the model.")
  Integer leaveOut;

  /** With {@code --leave-out}, the file in the model's folder listing the ids of the contracts left out, one a line. */
  static final String LEFT_OUT_FILE = "left-out-ids.txt";

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(cuad.resolve("dev/labels.jsonl"))) {
      System.err.println("pactum: " + cuad + " holds no dev/labels.jsonl; give the CUAD folder with --cuad");
      return ExitCodes.USAGE;
    }
    long started = System.nanoTime();
    if (leaveOut != null && (leaveOut < 0 || leaveOut >= CuadCorpus.QUARTERS)) {
      System.err.println("pactum: --leave-out is a quarter of the training part, 0 to " + (CuadCorpus.QUARTERS - 1) + ": " + leaveOut);
      return ExitCodes.USAGE;
    }
    List<CuadCorpus.Contract> contracts = new ArrayList<>(CuadCorpus.read(cuad));
    List<String> leftOut = contracts.stream().map(CuadCorpus.Contract::id)
        .filter(id -> leaveOut != null && CuadCorpus.quarter(id) == leaveOut).toList();
    contracts.removeIf(c -> leftOut.contains(c.id()));
    // the field extractors alone, with no classifier: the clauses their values give
    DefaultAnalyzer fieldsOnly = new DefaultAnalyzer(new ClauseFinder(List.of()));
    ClauseModelTrainer trainer = new ClauseModelTrainer(
        new ClauseModelTrainer.Settings(iterations, cutoff, negatives, Runtime.getRuntime().availableProcessors()),
        document -> fieldsOnly.analyse(document, "").clauses().stream().map(Clause::category).collect(Collectors.toSet()),
        System.out::println);
    ClauseModel model = trainer.train(contracts);
    for (ClauseModelTrainer.TuneResult r : trainer.tuning()) {
      System.out.printf(Locale.ROOT, "  %-36s thresholds %.2f/%.2f  whole-document weight %.2f  tuning docs %3d  doc F1 %.3f  span F1 %.3f%n",
          r.category(), r.documentThreshold(), r.spanThreshold(), r.weight(), r.goldDocs(), r.docF1(), r.spanF1());
    }
    model.save(out, "trained by `pactum train-clauses` on the CUAD v1 development set (CC BY 4.0), held-out part excluded"
        + (leaveOut == null ? "" : ", and quarter " + leaveOut + " of the training part"));
    if (leaveOut != null) {
      // the contracts to score with this model, for whoever extracts them: the split is decided here only
      Files.write(out.resolve(LEFT_OUT_FILE), leftOut);
    }
    System.out.printf(Locale.ROOT, "wrote %s in %.0f s%n", out, (System.nanoTime() - started) / 1e9);
    return ExitCodes.OK;
  }
}
