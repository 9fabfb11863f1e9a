package org.pactum.indexer.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pactum.extractor.model.Extraction;
import org.pactum.indexer.corrections.CorrectableField;
import org.pactum.indexer.corrections.Correction;

/**
 * Each reviewable value's state: corrected when a person's correction stands, verified when a
 * person confirmed the very value extraction gives now, else extracted.
 */
public final class Reviews {

  private Reviews() {}

  /**
   * @param extracted the record's values as extracted, before corrections
   * @param corrected the same with corrections in place
   */
  public static List<FieldReview> of(Extraction extracted, Extraction corrected, Map<String, Correction> corrections,
      Map<String, Verification> verifications) {
    List<FieldReview> out = new ArrayList<>();
    for (CorrectableField field : CorrectableField.values()) {
      String now = field.valueIn(corrected);
      Correction correction = corrections.get(field.key());
      Verification verification = verifications.get(field.key());
      if (correction != null) {
        out.add(new FieldReview(field.key(), now, ReviewState.CORRECTED, correction.user(), correction.at()));
      } else if (verification != null && verification.value().equals(field.valueIn(extracted))) {
        out.add(new FieldReview(field.key(), now, ReviewState.VERIFIED, verification.user(), verification.at()));
      } else {
        out.add(new FieldReview(field.key(), now, ReviewState.EXTRACTED, null, null));
      }
    }
    return out;
  }

  /** The labels the index files a contract under: only for values that are there to review. */
  public static List<String> labels(List<FieldReview> reviews) {
    return reviews.stream().filter(r -> r.value() != null).map(FieldReview::label).toList();
  }
}
