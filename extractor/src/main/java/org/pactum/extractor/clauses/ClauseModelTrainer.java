package org.pactum.extractor.clauses;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.pactum.extractor.model.Clause;
import org.pactum.extractor.model.PageMap;
import org.pactum.extractor.model.ParsedDocument;
import org.pactum.extractor.model.Section;

/**
 * Trains the clause categoriser on the labelled contracts that are not held out.
 *
 * <ol>
 *   <li>Every contract is cut into sections and units exactly as at extraction time; a unit is
 *       labelled with a category when it and a labelled span of that category overlap by at least
 *       half of the shorter of the two. Units without a label are examples of {@value
 *       ClauseModel#NONE}.
 *   <li>The training contracts are split into {@value #FOLDS} folds; a model is trained on all
 *       folds but one and run on that one, so every training contract is scored by a model that
 *       never saw it. For each category the thresholds are chosen that maximise document F1 plus
 *       span F1 over all of these scores, matching spans the way the CUAD scorer does. Tuning on
 *       every training contract rather than on one small part keeps the thresholds of the rarer
 *       categories from following a handful of documents.
 *       A category that cannot reach a document F1 of {@value #MIN_DOC_F1} there is switched off.
 *       Where a {@link RuleClauseClassifier} phrase rule speaks for a learnt category too, a contract the rule finds
 *       has the category whatever the categoriser says, so the thresholds are chosen for the contracts the rule
 *       leaves to the categoriser; so too where a field extractor's value gives the clause
 *       ({@link SentenceFieldClauses}: the expiration, renewal term, notice period and governing law).
 *   <li>In the same folds a second model per category reads each whole contract's {@link DocumentWords}. Where
 *       weighing its log-odds beside the best unit's ({@link ClauseModel.Threshold#documentHas}) scores better out
 *       of fold than the best unit alone, the category keeps that weight and its whole-document model.
 *   <li>The models that ship are trained on all training contracts and keep those thresholds.
 * </ol>
 */
public final class ClauseModelTrainer {

  /**
   * @param iterations maximum-entropy training iterations
   * @param cutoff features seen fewer times than this are dropped
   * @param negativeShare the share of unlabelled units used as {@value ClauseModel#NONE} examples
   * @param threads training threads
   */
  public record Settings(int iterations, int cutoff, double negativeShare, int threads) {
    public static final Settings DEFAULT = new Settings(150, 5, 0.1, 2);
  }

  /** How a category did out of fold with its chosen thresholds. */
  public record TuneResult(
      String category, double documentThreshold, double spanThreshold, double weight, int goldDocs, double docF1,
      double spanF1) {}

  /** Categories that do worse than this out of fold are not predicted at all. */
  static final double MIN_DOC_F1 = 0.2;
  /**
   * Categories with fewer training contracts than this decide by their best unit alone: a whole-document model learnt
   * from a dozen contracts knows those contracts' words rather than the category's.
   */
  static final int MIN_WEIGHTED_DOCS = 20;
  /** Folds of the training contracts for tuning the thresholds. */
  static final int FOLDS = 4;
  private static final Pattern TOKEN = Pattern.compile("[0-9a-z]+");
  /** The weights of the whole-document model tried beside the best unit. */
  private static final double[] WEIGHTS = {0.25, 0.5, 1, 2};
  /** The most document thresholds tried per weight and span threshold. */
  private static final int MAX_CANDIDATES = 60;
  private static final double[] GRID = {
    0.02, 0.04, 0.06, 0.08, 0.1, 0.12, 0.15, 0.18, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7,
    0.75, 0.8, 0.85, 0.9, 0.95
  };

  /** The phrase rules, which speak for some learnt categories beside the categoriser. */
  private static final RuleClauseClassifier RULES = new RuleClauseClassifier();
  private final Settings settings;
  private final Function<ParsedDocument, Set<String>> fieldCategories;
  private final Consumer<String> log;
  private final List<TuneResult> tuning = new ArrayList<>();

  /**
   * @param fieldCategories the categories whose clauses the field extractors give a contract (its expiration's
   *     sentence, say); like the phrase rules, they speak beside the categoriser, whose thresholds are tuned for the
   *     contracts they leave
   */
  public ClauseModelTrainer(Settings settings, Function<ParsedDocument, Set<String>> fieldCategories, Consumer<String> log) {
    this.settings = settings;
    this.fieldCategories = fieldCategories;
    this.log = log;
  }

  /**
   * A contract cut and labelled as the categoriser sees it, with the words the whole-document models see and the
   * categories the phrase rules and the field extractors find in it.
   */
  private record Prepared(CuadCorpus.Contract contract, List<Section> sections, List<ClauseUnit> units,
      List<Set<String>> labels, String[] documentWords, Set<String> byRules) {}

  /** Trains on the contracts that are not held out; the held-out ones are ignored. */
  public ClauseModel train(List<CuadCorpus.Contract> contracts) throws IOException {
    List<Prepared> training = new ArrayList<>();
    for (CuadCorpus.Contract c : contracts) {
      if (!CuadCorpus.heldOut(c.id())) {
        training.add(prepare(c));
      }
    }
    log.accept("training contracts: " + training.size() + " in " + FOLDS + " folds to tune thresholds on;"
        + " held out and unused: " + (contracts.size() - training.size()));
    Map<String, List<DocTally>> tallies = new HashMap<>();
    for (int fold = 0; fold < FOLDS; fold++) {
      int f = fold;
      List<Prepared> rest = training.stream().filter(p -> foldOf(p) != f).toList();
      tally(fit(rest), fitDocuments(rest, ClauseTaxonomy.LEARNT), training.stream().filter(p -> foldOf(p) == f).toList(),
          tallies);
    }
    Map<String, ClauseModel.Threshold> thresholds = choose(tallies);
    DoccatModel full = fit(training);
    List<String> weighted = thresholds.entrySet().stream().filter(e -> e.getValue().weight() > 0).map(Map.Entry::getKey)
        .toList();
    return new ClauseModel(full, thresholds, fitDocuments(training, weighted));
  }

  /** Per category, how the fold models did on the contracts they did not see, at the chosen thresholds. */
  public List<TuneResult> tuning() {
    return List.copyOf(tuning);
  }

  private Prepared prepare(CuadCorpus.Contract c) {
    Layout layout = Layout.of(c.text());
    List<Section> sections = layout.sections();
    List<ClauseUnit> units = layout.units();
    List<Set<String>> labels = new ArrayList<>(units.size());
    for (ClauseUnit u : units) {
      Set<String> set = new HashSet<>();
      for (String category : ClauseTaxonomy.LEARNT) {
        for (int[] s : c.spans().getOrDefault(category, List.of())) {
          int overlap = Math.min(u.end(), s[1]) - Math.max(u.start(), s[0]);
          if (overlap > 0 && overlap * 2 >= Math.min(u.end() - u.start(), s[1] - s[0])) {
            set.add(category);
            break;
          }
        }
      }
      labels.add(set);
    }
    ParsedDocument document = new ParsedDocument("text/plain", c.text(), PageMap.SINGLE_PAGE, Map.of(), 0);
    Set<String> byRules = new HashSet<>(fieldCategories.apply(document));
    for (Clause clause : LexicalGate.filter(c.text(), RULES.classify(document, sections, units))) {
      byRules.add(clause.category());
    }
    return new Prepared(c, sections, units, labels, DocumentWords.of(c.text()), byRules);
  }

  private DoccatModel fit(List<Prepared> contracts) throws IOException {
    List<DocumentSample> samples = new ArrayList<>();
    int negatives = 0;
    for (Prepared p : contracts) {
      for (int i = 0; i < p.units.size(); i++) {
        ClauseUnit u = p.units.get(i);
        Set<String> labels = p.labels.get(i);
        if (labels.isEmpty()) {
          // a fixed, spread-out choice of unlabelled units, the same on every run
          if (((u.start() * 2654435761L) >>> 8) % 1000 >= settings.negativeShare() * 1000) {
            continue;
          }
          labels = Set.of(ClauseModel.NONE);
          negatives++;
        }
        String[] features = ClauseFeatures.of(p.contract.text(), p.units, i, p.sections);
        for (String label : new java.util.TreeSet<>(labels)) {
          samples.add(new DocumentSample(label, features));
        }
      }
    }
    log.accept("fitting on " + samples.size() + " examples (" + negatives + " without a category)");
    TrainingParameters params = TrainingParameters.defaultParams();
    params.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
    params.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
    params.put(TrainingParameters.THREADS_PARAM, settings.threads());
    return DocumentCategorizerME.train("en", ObjectStreamUtils.createObjectStream(samples), params,
        bagOfWords());
  }

  /** Both categorisers count the tokens they are given: the unit's features, or the contract's words. */
  private static DoccatFactory bagOfWords() {
    return new DoccatFactory(new FeatureGenerator[] {new BagOfWordsFeatureGenerator()});
  }

  /** Per category, a model of whether a whole contract has it, from the contracts' {@link DocumentWords}. */
  private Map<String, DoccatModel> fitDocuments(List<Prepared> contracts, List<String> categories) throws IOException {
    Map<String, DoccatModel> models = new TreeMap<>();
    TrainingParameters params = TrainingParameters.defaultParams();
    params.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
    params.put(TrainingParameters.ITERATIONS_PARAM, 100);
    params.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
    params.put(QNTrainer.L1COST_PARAM, 0.0);
    params.put(QNTrainer.L2COST_PARAM, 1.0);
    params.put(TrainingParameters.THREADS_PARAM, 1);
    for (String category : categories) {
      List<DocumentSample> samples = new ArrayList<>();
      for (Prepared p : contracts) {
        boolean has = !p.contract.spans().getOrDefault(category, List.of()).isEmpty();
        samples.add(new DocumentSample(has ? ClauseModel.YES : ClauseModel.NONE, p.documentWords));
      }
      if (samples.stream().map(DocumentSample::getCategory).distinct().count() == 2) {
        models.put(category, DocumentCategorizerME.train("en", ObjectStreamUtils.createObjectStream(samples), params,
            bagOfWords()));
      }
    }
    return models;
  }

  /**
   * What the sweep over thresholds needs of one category in one tuning contract: whether a phrase rule finds the
   * category there, its best unit's probability, whether it has the category, per labelled span the best probability
   * of a unit covering it, the probabilities of the units covering none, the whole-document model's probability, and
   * whether the best unit covers a labelled span.
   */
  private record DocTally(
      boolean byRule, double max, boolean gold, double[] goldBest, double[] strays, double whole, boolean surestCovers) {}

  /** The fold a training contract is scored in: spread by the same SHA-1 digit as the split. */
  private static int foldOf(Prepared p) {
    return CuadCorpus.shaDigit(p.contract.id()) % FOLDS;
  }

  /** Scores {@code contracts} with {@code model} and adds what the threshold sweep needs to {@code tallies}. */
  private static void tally(DoccatModel model, Map<String, DoccatModel> documentModels, List<Prepared> contracts,
      Map<String, List<DocTally>> tallies) {
    DocumentCategorizerME categorizer = new DocumentCategorizerME(model);
    for (Prepared p : contracts) {
      String text = p.contract.text();
      List<List<String>> unitTokens = new ArrayList<>();
      double[][] probs = new double[p.units.size()][];
      for (int i = 0; i < p.units.size(); i++) {
        ClauseUnit u = p.units.get(i);
        unitTokens.add(tokens(text.substring(u.start(), u.end())));
        probs[i] = categorizer.categorize(ClauseFeatures.of(text, p.units, i, p.sections));
      }
      for (String category : ClauseTaxonomy.LEARNT) {
        int k = categorizer.getIndex(category);
        List<int[]> gold = p.contract.spans().getOrDefault(category, List.of());
        boolean[] covering = new boolean[p.units.size()];
        List<Double> goldBest = new ArrayList<>();
        for (int[] g : gold) {
          List<String> goldTokens = tokens(text.substring(g[0], g[1]));
          double best = 0;
          for (int i = 0; i < p.units.size(); i++) {
            ClauseUnit u = p.units.get(i);
            if (u.end() > g[0] && u.start() < g[1] && covers(unitTokens.get(i), goldTokens)) {
              covering[i] = true;
              best = Math.max(best, k < 0 ? 0 : probs[i][k]);
            }
          }
          if (!goldTokens.isEmpty()) {
            goldBest.add(best);
          }
        }
        double max = 0;
        boolean surestCovers = false;
        List<Double> strays = new ArrayList<>();
        for (int i = 0; i < p.units.size(); i++) {
          double v = k < 0 ? 0 : probs[i][k];
          if (v > max) {
            max = v;
            surestCovers = covering[i];
          }
          if (!covering[i]) {
            strays.add(v);
          }
        }
        DoccatModel documentModel = documentModels.get(category);
        double whole = documentModel == null ? 0 : TrainedClauseClassifier.probability(documentModel, p.documentWords);
        tallies.computeIfAbsent(category, c -> new ArrayList<>()).add(new DocTally(p.byRules.contains(category), max,
            !gold.isEmpty(),
            goldBest.stream().mapToDouble(Double::doubleValue).sorted().toArray(),
            strays.stream().mapToDouble(Double::doubleValue).sorted().toArray(), whole, surestCovers && max > 0));
      }
    }
  }

  private Map<String, ClauseModel.Threshold> choose(Map<String, List<DocTally>> tallies) {
    Map<String, ClauseModel.Threshold> thresholds = new TreeMap<>();
    double docSum = 0;
    double spanSum = 0;
    for (String category : ClauseTaxonomy.LEARNT) {
      List<DocTally> t = tallies.getOrDefault(category, List.of());
      int goldDocs = (int) t.stream().filter(DocTally::gold).count();
      ClauseModel.Threshold chosen = ClauseModel.Threshold.DEFAULT;
      double[] best = scoreAt(t, chosen);
      if (goldDocs >= 2) {
        for (double doc : GRID) {
          for (double span : GRID) {
            ClauseModel.Threshold th = new ClauseModel.Threshold(doc, span);
            double[] s = scoreAt(t, th);
            if (s[0] > best[0] + 1e-9) {
              best = s;
              chosen = th;
            }
          }
        }
      }
      if (goldDocs >= MIN_WEIGHTED_DOCS) {
        for (double weight : WEIGHTS) {
          for (double span : GRID) {
            for (double doc : candidates(t, weight)) {
              ClauseModel.Threshold th = new ClauseModel.Threshold(doc, span, weight);
              double[] s = scoreAt(t, th);
              if (s[0] > best[0] + 1e-9) {
                best = s;
                chosen = th;
              }
            }
          }
        }
      }
      if (best[1] < MIN_DOC_F1) {
        // too rare or too unlike itself to learn from these contracts: better silent than wrong
        chosen = ClauseModel.Threshold.NEVER;
        best = scoreAt(t, chosen);
      }
      thresholds.put(category, chosen);
      tuning.add(new TuneResult(category, chosen.document(), chosen.span(), chosen.weight(), goldDocs, best[1], best[2]));
      docSum += best[1];
      spanSum += best[2];
    }
    int n = ClauseTaxonomy.LEARNT.size();
    log.accept(String.format(Locale.ROOT, "tuning (out of fold): mean doc F1 %.3f, mean span F1 %.3f over %d categories",
        docSum / n, spanSum / n, n));
    return thresholds;
  }

  /**
   * The document thresholds worth trying with a weight: the combined scores of the contracts that have the
   * category, written back as probabilities, at most {@value #MAX_CANDIDATES} of them spread over their range.
   */
  private static double[] candidates(List<DocTally> docs, double weight) {
    double[] scores = docs.stream().filter(DocTally::gold)
        .mapToDouble(d -> ClauseModel.Threshold.score(d.max, d.whole, weight))
        .sorted().distinct().toArray();
    int n = Math.min(MAX_CANDIDATES, scores.length);
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      double score = scores[(int) ((long) i * scores.length / n)];
      out[i] = 1 / (1 + Math.exp(-score));
    }
    return out;
  }

  /**
   * {objective, doc F1, span F1} of a category at the given thresholds: a contract has the
   * category when a phrase rule finds it or {@link ClauseModel.Threshold#documentHas} says so, and in the latter case
   * every unit reaching the span threshold is one of its clauses; with a weight, the best unit is one where none
   * reaches it. The rules' own clauses are not counted as spans here.
   */
  private static double[] scoreAt(List<DocTally> docs, ClauseModel.Threshold th) {
    int dtp = 0;
    int dfp = 0;
    int dfn = 0;
    int stp = 0;
    int sfp = 0;
    int sfn = 0;
    for (DocTally d : docs) {
      boolean byModel = th.documentHas(d.max, d.whole);
      boolean predicted = byModel || d.byRule;
      dtp += predicted && d.gold ? 1 : 0;
      dfp += predicted && !d.gold ? 1 : 0;
      dfn += !predicted && d.gold ? 1 : 0;
      int hits = byModel ? atLeast(d.goldBest, Math.max(th.span(), Double.MIN_VALUE)) : 0;
      int strays = byModel ? atLeast(d.strays, th.span()) : 0;
      if (byModel && th.weight() > 0 && d.max < th.span()) {
        // no unit reaches the span threshold, so the best unit stands for the category. The classifier does the same
        // without a weight, but counting that clause here too chose a weightless, lower document threshold for Notice
        // Period to Terminate Renewal (out of fold 0.759 against 0.754), which then found it in four sample contracts
        // that have none
        hits += d.surestCovers && d.goldBest.length > 0 ? 1 : 0;
        strays += d.surestCovers ? 0 : 1;
      }
      stp += hits;
      sfn += d.goldBest.length - hits;
      sfp += strays;
    }
    double doc = f1(dtp, dfp, dfn);
    double span = f1(stp, sfp, sfn);
    return new double[] {doc + span, doc, span};
  }

  /** How many of the sorted {@code values} are at least {@code floor}. */
  private static int atLeast(double[] sorted, double floor) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] >= floor) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return sorted.length - lo;
  }

  private static double f1(int tp, int fp, int fn) {
    return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
  }

  /** Words as the CUAD scorer counts them. */
  static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** The scorer's lenient match: the prediction holds half the gold words and is not far longer. */
  static boolean covers(List<String> predicted, List<String> gold) {
    if (gold.isEmpty() || predicted.size() > 3 * gold.size() + 100) {
      return false;
    }
    Map<String, Integer> counts = new HashMap<>();
    for (String w : predicted) {
      counts.merge(w, 1, Integer::sum);
    }
    int common = 0;
    for (String w : gold) {
      Integer c = counts.get(w);
      if (c != null && c > 0) {
        common++;
        counts.put(w, c - 1);
      }
    }
    return common * 2 >= gold.size();
  }
}
