package org.pactum.indexer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.store.LockObtainFailedException;
import org.pactum.extractor.model.ContractRecord;
import org.pactum.indexer.compare.Deviation;
import org.pactum.indexer.compare.Deviations;
import org.pactum.indexer.compare.UsualWording;
import org.pactum.indexer.compare.Passage;
import org.pactum.indexer.corrections.Corrected;
import org.pactum.indexer.corrections.CorrectableField;
import org.pactum.indexer.corrections.Correction;
import org.pactum.indexer.corrections.CorrectionStore;
import org.pactum.indexer.dates.DateQuery;
import org.pactum.indexer.dates.FamilyDates;
import org.pactum.indexer.dates.KeyDate;
import org.pactum.indexer.dates.KeyDates;
import org.pactum.indexer.families.Families;
import org.pactum.indexer.families.Family;
import org.pactum.indexer.library.ClauseLibrary;
import org.pactum.indexer.search.ClauseView;
import org.pactum.indexer.library.StandardClause;
import org.pactum.indexer.notes.NoteStore;
import org.pactum.indexer.search.ContractIndex;
import org.pactum.indexer.search.InvalidQueryException;
import org.pactum.indexer.search.SearchHit;
import org.pactum.indexer.search.SearchRequest;
import org.pactum.indexer.search.SearchResult;
import org.pactum.indexer.store.AtomicFiles;
import org.pactum.indexer.store.BlobStore;
import org.pactum.indexer.store.RecordStore;
import org.pactum.indexer.regressions.RegressionCase;
import org.pactum.indexer.regressions.RegressionSuite;
import org.pactum.indexer.review.FieldReview;
import org.pactum.indexer.review.ReviewState;
import org.pactum.indexer.review.ReviewStore;
import org.pactum.indexer.review.Reviews;
import org.pactum.indexer.review.Verification;
import org.pactum.indexer.tags.TagStore;

/**
 * A Pactum repository on disk:
 *
 * <pre>
 * DATA/blobs/ab/abcd...   original bytes, by SHA-256
 * DATA/records/ID.json    one record per document (the source of truth)
 * DATA/index/             the Lucene index, derived from the records
 * DATA/library/std-ID.json the team's standard clauses
 * DATA/tags/ID.json       the tags people put on a contract
 * DATA/corrections/ID.json people's corrections of extracted values, with who and when
 * DATA/notes/ID.json      people's notes on a contract
 * DATA/reviews/ID.json    people's verifications of extracted values, with who and when
 * DATA/regressions/ID-FIELD.json a fixed or confirmed value kept as a case for the extractor
 * DATA/staging/           files being ingested; emptied on open
 * </pre>
 *
 * Opening it takes the index's write lock, removes what a crash left half-written, and brings the
 * index in line with the records.
 */
public final class Repository implements AutoCloseable {

  private final Path root;
  private final BlobStore blobs;
  private final RecordStore records;
  private final ContractIndex index;
  private final Path staging;
  private final ClauseLibrary library;
  private final TagStore tags;
  private final CorrectionStore corrections;
  private final ReviewStore reviews;
  private final RegressionSuite regressions;
  /**
   * Contract families and key dates, worked out from every record when first asked and kept until a
   * record changes (every change goes through {@link #indexRecord} or {@link #delete}): the document
   * page asks for families on each view, the key-dates page and calendar feeds for the dates.
   */
  private final UntilChanged<Boolean, List<Family>> families = new UntilChanged<>();
  private final UntilChanged<LocalDate, List<KeyDate>> keyDates = new UntilChanged<>();
  private final NoteStore notes;
  private final Reconciliation reconciliation;

  /** What opening the repository had to bring in line after an earlier crash. */
  public record Reconciliation(int added, int removed, int leftoversRemoved) {}

  private Repository(Path root) throws IOException {
    this.root = root;
    Files.createDirectories(root);
    this.staging = Files.createDirectories(root.resolve("staging"));
    this.blobs = new BlobStore(root.resolve("blobs"));
    this.records = new RecordStore(root.resolve("records"));
    this.library = new ClauseLibrary(root.resolve("library"));
    this.tags = new TagStore(root.resolve("tags"));
    this.corrections = new CorrectionStore(root.resolve("corrections"));
    this.notes = new NoteStore(root.resolve("notes"));
    this.reviews = new ReviewStore(root.resolve("reviews"));
    this.regressions = new RegressionSuite(root.resolve("regressions"));
    try {
      this.index = new ContractIndex(root.resolve("index"));
    } catch (LockObtainFailedException e) {
      throw new RepositoryLockedException(root, e);
    }
    int leftovers = clearStaging() + blobs.removeLeftovers() + records.removeLeftovers() + library.removeLeftovers() + tags.removeLeftovers()
        + corrections.removeLeftovers() + notes.removeLeftovers() + reviews.removeLeftovers();
    this.reconciliation = reconcile(leftovers);
  }

  public static Repository open(Path root) throws IOException {
    return new Repository(root.toAbsolutePath().normalize());
  }

  public Path root() {
    return root;
  }

  public BlobStore blobs() {
    return blobs;
  }

  public RecordStore records() {
    return records;
  }

  public ContractIndex index() {
    return index;
  }

  public ClauseLibrary library() {
    return library;
  }

  public Reconciliation reconciliation() {
    return reconciliation;
  }

  /** A fresh file name in the staging folder, on the same file system as the blobs. */
  public Path newStagingFile() {
    return staging.resolve(AtomicFiles.TEMP_PREFIX + java.util.UUID.randomUUID());
  }

  /** Whether a document with these bytes is stored. */
  public boolean containsSha(String sha256) {
    return records.contains(ContractRecord.idOf(sha256));
  }

  /**
   * Stores a document: the staged original goes into the blob store, then the record is written,
   * then the document is indexed. Both writes are durable and the document is searchable when this
   * returns; the index change is durable at the next {@link #commit()}, and rebuilt from the record
   * after a crash.
   */
  public void store(ContractRecord record, Path staged) throws IOException {
    storeInBatch(record, staged);
    index.refresh();
  }

  /**
   * Stores a document as {@link #store} does, searchable at the next {@link #commit()} (or the
   * index's refresh every few seconds) rather than at once: for a bulk ingest, which commits every
   * few seconds and at its end, where a refresh per file would open a new reader, flush a segment
   * and build the facet state for every file.
   */
  public void storeInBatch(ContractRecord record, Path staged) throws IOException {
    blobs.putStaged(staged, record.sha256());
    records.put(record);
    indexRecord(record);
  }

  /** Replaces a document's record (after re-extraction or a repair) and its index entry; searchable when this returns. */
  public void update(ContractRecord record) throws IOException {
    records.put(record);
    indexRecord(record);
    index.refresh();
  }

  /** Whether a document with this id is stored; false for anything that is not an id. */
  public boolean contains(String id) {
    return id.matches("[0-9a-f]{16}") && records.contains(id);
  }

  public Optional<ContractRecord> get(String id) throws IOException {
    return records.get(id);
  }

  public List<String> ids() throws IOException {
    return records.ids();
  }

  public int size() throws IOException {
    return records.ids().size();
  }

  public SearchResult search(SearchRequest request) throws IOException, InvalidQueryException {
    if (request.sort() != SearchRequest.Sort.DEVIATION) {
      return index.search(request);
    }
    // the clauses of the category measured against its standard (curated, else the usual wording), then searched in that order
    Map<String, Deviation> measured = new HashMap<>();
    for (Deviation d : deviations(request.filters().category())) {
      measured.put(d.clause().clauseId(), d);
    }
    Map<String, Double> order = new HashMap<>();
    measured.forEach((id, d) -> order.put(id, d.deviation()));
    SearchResult found = index.search(request, order);
    List<SearchHit> hits = found.hits().stream().map(hit -> {
      Deviation d = hit.clauseId() == null ? null : measured.get(hit.clauseId());
      return d == null ? hit : hit.withDeviation(new SearchHit.Measured(d.deviation(), d.standardId(), d.standardName()));
    }).toList();
    return new SearchResult(found.total(), hits, found.facets());
  }

  /**
   * Indexes a record with its tags and with people's corrections in place of the extracted values;
   * searchable at the next {@link #commit()} or refresh of the index (a few seconds at most),
   * durable at the next commit.
   */
  public void indexRecord(ContractRecord record) throws IOException {
    forgetFamilies(); // the record, its tags or corrections changed: families are worked out again when next asked
    Map<String, Correction> fixes = corrections.current(record.id());
    ContractRecord corrected = Corrected.apply(record, fixes);
    List<FieldReview> states = Reviews.of(record.extraction(), corrected.extraction(), fixes, reviews.get(record.id()));
    index.put(corrected, tags.get(record.id()), Reviews.labels(states));
  }

  /** Each reviewable value of a contract with its review state; empty when there is no such contract. */
  public Optional<List<FieldReview>> reviews(String id) throws IOException {
    Optional<ContractRecord> record = records.get(id);
    if (record.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Correction> fixes = corrections.current(id);
    return Optional.of(Reviews.of(record.get().extraction(), Corrected.apply(record.get(), fixes).extraction(), fixes,
        reviews.get(id)));
  }

  public RegressionSuite regressions() {
    return regressions;
  }

  /**
   * Turns a value people corrected or verified into a regression case for the extractor, with the
   * contract's text; empty when there is no such contract.
   *
   * @throws IllegalArgumentException when the value was neither corrected nor verified
   */
  public Optional<RegressionCase> keepAsRegression(String id, String field) throws IOException {
    Optional<ContractRecord> found = records.get(id);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    ContractRecord record = found.get();
    CorrectableField f = CorrectableField.of(field);
    FieldReview review = reviews(id).orElseThrow().stream().filter(r -> r.field().equals(f.key())).findFirst().orElseThrow();
    if (review.state() == ReviewState.EXTRACTED || review.value() == null) {
      throw new IllegalArgumentException(field + " is neither corrected nor verified: only a checked value becomes a regression case");
    }
    return Optional.of(regressions.add(new RegressionCase(id + "-" + f.key(), id, record.fileName(), f.key(), review.value(),
        review.user(), review.at(), record.mediaType(), record.text(), record.pages().pageStarts())));
  }

  /**
   * Records that a person checked a value as extracted and found it right, and re-indexes the
   * contract; empty when there is no such contract.
   *
   * @throws IllegalArgumentException for a field that cannot be reviewed, one extraction found no value
   *     for, or one a person has corrected (a correction is already checked)
   */
  public Optional<Verification> verify(String id, String field, String user) throws IOException {
    Optional<ContractRecord> record = records.get(id);
    if (record.isEmpty()) {
      return Optional.empty();
    }
    CorrectableField f = CorrectableField.of(field);
    if (corrections.current(id).containsKey(f.key())) {
      throw new IllegalArgumentException(field + " was corrected by a person; withdraw the correction to verify the extracted value");
    }
    String value = f.valueIn(record.get().extraction());
    if (value == null) {
      throw new IllegalArgumentException("extraction found no " + field + " to verify; correct it instead");
    }
    Verification verification = reviews.verify(id, f.key(), value, user);
    indexRecord(record.get());
    index.commit();
    return Optional.of(verification);
  }

  /** The record with people's corrections in place of the extracted values: what search, exports and dates use. */
  public Optional<ContractRecord> corrected(String id) throws IOException {
    Optional<ContractRecord> record = records.get(id);
    if (record.isEmpty()) {
      return record;
    }
    return Optional.of(Corrected.apply(record.get(), corrections.current(id)));
  }

  public NoteStore notes() {
    return notes;
  }

  public CorrectionStore corrections() {
    return corrections;
  }

  /**
   * Records a person's correction of an extracted value (an empty value withdraws it) and re-indexes
   * the contract; empty when there is no such contract.
   *
   * @throws IllegalArgumentException for a field that cannot be corrected or a malformed value
   */
  public Optional<Correction> correct(String id, String field, String value, String user) throws IOException {
    Optional<ContractRecord> record = records.get(id);
    if (record.isEmpty()) {
      return Optional.empty();
    }
    Correction correction = corrections.add(id, field, value, user);
    indexRecord(record.get());
    index.commit();
    return Optional.of(correction);
  }

  public List<String> tags(String id) throws IOException {
    return tags.get(id);
  }

  /**
   * Replaces a stored contract's tags and re-indexes it; empty when there is no such contract.
   *
   * @throws IllegalArgumentException for a malformed tag
   */
  public Optional<List<String>> setTags(String id, java.util.Collection<String> newTags) throws IOException {
    Optional<ContractRecord> record = records.get(id);
    if (record.isEmpty()) {
      return Optional.empty();
    }
    List<String> stored = tags.put(id, newTags);
    indexRecord(record.get());
    index.commit();
    return Optional.of(stored);
  }

  /** A contract's clause by its clause id, or a standard clause by its id. */
  public Optional<Passage> passage(String id) throws IOException {
    if (ClauseLibrary.isStandardId(id)) {
      return library.get(id).map(s -> new Passage(s.id(), s.name(), List.of(s.category()), null, null, s.text()));
    }
    return index.clause(id).map(c -> new Passage(c.clauseId(), c.contractTitle(), c.categories(), c.contractId(), c.page(), c.text()));
  }

  /**
   * The clauses of a category measured against the library's standard clauses for it, most deviant
   * first; empty when the library has none for the category.
   */
  public List<Deviation> deviations(String category) throws IOException {
    List<StandardClause> standards = library.of(category);
    String canonical = ClauseLibrary.canonicalCategory(category);
    List<ClauseView> clauses = index.clausesOf(canonical);
    if (standards.isEmpty()) {
      // no curated wording: the repository's own usual wording stands in for it
      standards = usualWording(canonical, clauses).stream().toList();
    }
    return Deviations.rank(standards, clauses);
  }

  /**
   * The de facto standard of a category, learned from the contracts; the standard id is the usual
   * clause's id, so it compares like any clause.
   */
  public Optional<StandardClause> usualWording(String category) throws IOException {
    String canonical = ClauseLibrary.canonicalCategory(category);
    return usualWording(canonical, index.clausesOf(canonical));
  }

  private static Optional<StandardClause> usualWording(String category, List<ClauseView> clauses) {
    return UsualWording.of(clauses).map(u -> new StandardClause(u.clause().clauseId(), category,
        "usual wording: " + u.alike() + " of " + u.of() + " clauses alike (" + u.clause().contractTitle() + ")",
        u.clause().text(), java.time.Instant.EPOCH));
  }

  /** Every family of agreements and the documents that modify them, with corrections in place. */
  public List<Family> families() throws IOException {
    return families.get(Boolean.TRUE, any -> {
      Families found = new Families();
      for (String id : records.ids()) {
        corrected(id).ifPresent(found::add);
      }
      return found.families();
    });
  }

  private void forgetFamilies() {
    families.forget();
    keyDates.forget();
  }

  /** The family a contract belongs to, as the agreement or as a document modifying it. */
  public Optional<Family> familyOf(String id) throws IOException {
    return families().stream().filter(f -> f.members().stream().anyMatch(m -> m.contractId().equals(id))).findFirst();
  }

  /** The key dates of every stored contract that the query selects, soonest first. */
  public List<KeyDate> keyDates(DateQuery query) throws IOException {
    return query.select(keyDates.get(query.today(), this::allKeyDates));
  }

  /** Every key date of every stored contract as of {@code today}. */
  private List<KeyDate> allKeyDates(LocalDate today) throws IOException {
    // an agreement's term dates as its amendments leave them; the amendments' own term dates are the agreement's
    Map<String, Family> familyOfBase = new HashMap<>();
    Set<String> modifiers = new HashSet<>();
    for (Family f : families()) {
      if (f.base() != null) {
        familyOfBase.put(f.base().contractId(), f);
        f.members().stream().filter(m -> !m.kind().equals("agreement") && !m.kind().equals("statement of work"))
            .forEach(m -> modifiers.add(m.contractId()));
      }
    }
    Map<String, ContractRecord> members = new HashMap<>();
    for (Family f : familyOfBase.values()) {
      for (Family.Member m : f.members()) {
        corrected(m.contractId()).ifPresent(r -> members.put(r.id(), r));
      }
    }
    List<KeyDate> all = new ArrayList<>();
    for (String id : records.ids()) {
      Optional<ContractRecord> record = members.containsKey(id) ? Optional.of(members.get(id)) : corrected(id);
      if (record.isEmpty()) {
        continue;
      }
      ContractRecord r = record.get();
      Family family = familyOfBase.get(id);
      if (family != null) {
        all.addAll(FamilyDates.of(r, family, members, today));
      } else if (modifiers.contains(id)) {
        KeyDates.of(r, today).stream().filter(d -> d.kind() == KeyDate.Kind.OBLIGATION_DUE).forEach(all::add);
      } else {
        all.addAll(KeyDates.of(r, today));
      }
    }
    return List.copyOf(all);
  }

  /** Deletes a document: index entry, record, then original. */
  public boolean delete(String id) throws IOException {
    forgetFamilies();
    Optional<ContractRecord> record = records.get(id);
    index.delete(id);
    index.commit();
    if (record.isEmpty()) {
      return false;
    }
    records.delete(id);
    tags.delete(id);
    corrections.delete(id);
    notes.delete(id);
    reviews.delete(id);
    blobs.delete(record.get().sha256());
    return true;
  }

  public void commit() throws IOException {
    index.commit();
  }

  /** Throws the index away and builds it again from the records. Returns how many were indexed. */
  public int reindex() throws IOException {
    index.deleteAll();
    int n = 0;
    for (String id : records.ids()) {
      Optional<ContractRecord> record = records.get(id);
      if (record.isPresent()) {
        indexRecord(record.get());
        n++;
      }
    }
    index.commit();
    return n;
  }

  private int clearStaging() throws IOException {
    int removed = 0;
    try (var files = Files.list(staging)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        if (Files.isRegularFile(p) && Files.deleteIfExists(p)) {
          removed++;
        }
      }
    }
    return removed;
  }

  private Reconciliation reconcile(int leftovers) throws IOException {
    Set<String> indexed = index.ids();
    Set<String> stored = new HashSet<>(records.ids());
    int added = 0;
    int removed = 0;
    for (String id : stored) {
      if (!indexed.contains(id)) {
        Optional<ContractRecord> record;
        try {
          record = records.get(id);
        } catch (IOException e) {
          continue; // an unreadable record: `pactum verify` reports it
        }
        if (record.isPresent()) {
          indexRecord(record.get());
          added++;
        }
      }
    }
    for (String id : indexed) {
      if (!stored.contains(id)) {
        index.delete(id);
        removed++;
      }
    }
    if (added + removed > 0) {
      index.commit();
    }
    return new Reconciliation(added, removed, leftovers);
  }

  @Override
  public void close() throws IOException {
    try {
      index.commit();
    } finally {
      index.close();
    }
  }
}
