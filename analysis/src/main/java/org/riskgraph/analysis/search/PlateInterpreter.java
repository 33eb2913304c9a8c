package org.riskgraph.analysis.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.riskgraph.graph.entity.EntityKind;
import org.riskgraph.graph.vehicle.Plate;

/**
 * Reads the query as a plate or part of one, as typed or as a camera misread it: the confusable
 * characters are folded to one form on both sides (see {@link PlateOcr}), so 云E1234S finds 云E12345.
 */
final class PlateInterpreter implements Interpreter {

  static final float EXACT = 10f;
  static final float OCR = 7f;
  static final float ONE_SLIP = 3f;
  static final float PART = 1f;
  static final float PART_PER_CHAR = 3f / 7;
  static final float OCR_PART = 0.5f;
  static final float OCR_PART_PER_CHAR = 1.5f / 7;

  /** An optional province character, then letters and digits, at least one of them a digit. */
  private static final Pattern PLATE_LIKE =
      Pattern.compile("(?=.*[0-9])\\p{IsHan}?[A-Z0-9]{2,9}|\\p{IsHan}[A-Z][A-Z0-9]{1,8}");

  @Override
  public List<Clause> clauses(QueryText query) {
    String plate = Plate.normalise(query.compact());
    if (!PLATE_LIKE.matcher(plate).matches()) {
      return List.of();
    }
    String canonical = PlateOcr.canonical(plate);
    EntityKind vehicle = EntityKind.VEHICLE;
    List<Clause> out = new ArrayList<>();
    out.add(
        Clause.constant(
            vehicle, new TermQuery(new Term(IndexFields.PLATE, plate)), EXACT, hit -> "plate"));
    out.add(
        Clause.constant(
            vehicle,
            new TermQuery(new Term(IndexFields.PLATE_OCR, canonical)),
            OCR,
            hit -> ocrReason("plate", hit.get(IndexFields.PLATE), plate)));
    if (plate.length() >= 6) {
      out.add(
          Clause.constant(
              vehicle,
              OneSlip.near(IndexFields.PLATE_OCR, IndexFields.PLATE_OCR_DELETIONS, canonical),
              ONE_SLIP,
              hit -> slipReason(hit.get(IndexFields.PLATE), plate)));
    }
    if (plate.length() >= IndexFields.PLATE_GRAM_SIZE) {
      Query part =
          NumberInterpreter.grams(IndexFields.PLATE_GRAM, plate, IndexFields.PLATE_GRAM_SIZE);
      Query ocrPart =
          NumberInterpreter.grams(
              IndexFields.PLATE_OCR_GRAM, canonical, IndexFields.PLATE_GRAM_SIZE);
      int length = plate.length();
      out.add(
          Clause.constant(
              vehicle,
              part,
              PART + PART_PER_CHAR * length,
              hit -> hit.get(IndexFields.PLATE).equals(plate) ? "" : "plate contains " + plate));
      out.add(
          Clause.constant(
              vehicle,
              new BooleanQuery.Builder().add(ocrPart, Occur.MUST).add(part, Occur.MUST_NOT).build(),
              OCR_PART + OCR_PART_PER_CHAR * length,
              hit -> ocrReason("plate contains " + plate, hit.get(IndexFields.PLATE), plate)));
    }
    return out;
  }

  private static String ocrReason(String what, String indexed, String typed) {
    List<String> confusions = PlateOcr.confusions(indexed, typed);
    return confusions.isEmpty()
        ? ""
        : what + " with OCR confusion " + String.join(", ", confusions);
  }

  private static String slipReason(String indexed, String typed) {
    if (PlateOcr.canonical(indexed).equals(PlateOcr.canonical(typed))) {
      return "";
    }
    return Typo.between(indexed, typed)
        .or(() -> Typo.between(PlateOcr.canonical(indexed), PlateOcr.canonical(typed)))
        .map(typo -> "plate with " + typo.describe("character"))
        .orElse("");
  }
}
