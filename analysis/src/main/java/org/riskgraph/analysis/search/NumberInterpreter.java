package org.riskgraph.analysis.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.riskgraph.graph.common.InvalidFieldException;
import org.riskgraph.graph.entity.EntityKind;
import org.riskgraph.graph.phone.PhoneNumber;

/**
 * Reads digits as a resident ID (whole, with one wrong or swapped digit, any six or more
 * consecutive digits, or its last four or five) and as a phone number (whole with or without +86,
 * with one slip, its tail, or any four or more consecutive digits).
 */
final class NumberInterpreter implements Interpreter {

  static final float ID_EXACT = 10f;
  static final float ID_ONE_SLIP = 6f;
  static final float ID_TAIL = 3f;
  static final float ID_PART = 2f;
  static final float ID_PART_PER_DIGIT = 3f / 18;
  static final float PHONE_EXACT = 10f;
  static final float PHONE_TAIL = 5f;
  static final float PHONE_ONE_SLIP = 4f;
  static final float PHONE_PART = 2f;
  static final float PHONE_PART_PER_DIGIT = 2f / 11;

  private static final Pattern ID_DIGITS = Pattern.compile("[0-9]{3,18}[0-9X]");
  private static final Pattern PHONE_DIGITS = Pattern.compile("[0-9]{4,12}");

  @Override
  public List<Clause> clauses(QueryText query) {
    List<Clause> out = new ArrayList<>();
    String text = query.digitsAndLetters();
    if (ID_DIGITS.matcher(text).matches()) {
      residentId(text, out);
    }
    String phone = withoutCountryCode(text);
    if (PHONE_DIGITS.matcher(phone).matches()) {
      phone(phone, out);
    }
    return out;
  }

  private static void residentId(String digits, List<Clause> out) {
    int length = digits.length();
    EntityKind person = EntityKind.PERSON;
    if (length == 18) {
      out.add(
          Clause.constant(
              person,
              new TermQuery(new Term(IndexFields.ID_NUMBER, digits)),
              ID_EXACT,
              hit -> "resident ID"));
    }
    if (length >= 17) {
      out.add(
          Clause.constant(
              person,
              OneSlip.near(IndexFields.ID_NUMBER, IndexFields.ID_DELETIONS, digits),
              ID_ONE_SLIP,
              hit ->
                  Typo.between(hit.get(IndexFields.ID_NUMBER), digits)
                      .map(typo -> "resident ID with " + typo.describe("digit"))
                      .orElse("")));
    }
    if (length >= IndexFields.ID_GRAM_SIZE && length < 18) {
      out.add(
          Clause.constant(
              person,
              grams(IndexFields.ID_GRAM, digits, IndexFields.ID_GRAM_SIZE),
              ID_PART + ID_PART_PER_DIGIT * length,
              hit -> "resident ID " + where(hit.get(IndexFields.ID_NUMBER), digits)));
    }
    if (length == 4 || length == 5) {
      out.add(
          Clause.constant(
              person,
              new TermQuery(new Term(IndexFields.ID_TAIL, digits)),
              ID_TAIL,
              hit -> "resident ID ends with " + digits));
    }
  }

  private static void phone(String digits, List<Clause> out) {
    int length = digits.length();
    EntityKind phone = EntityKind.PHONE;
    if (isPhoneNumber(digits)) {
      out.add(
          Clause.constant(
              phone,
              new TermQuery(new Term(IndexFields.PHONE, digits)),
              PHONE_EXACT,
              hit -> "phone number"));
    }
    if (length >= 10) {
      out.add(
          Clause.constant(
              phone,
              OneSlip.near(IndexFields.PHONE, IndexFields.PHONE_DELETIONS, digits),
              PHONE_ONE_SLIP,
              hit ->
                  Typo.between(hit.get(IndexFields.PHONE), digits)
                      .map(typo -> "phone number with " + typo.describe("digit"))
                      .orElse("")));
    }
    if (length <= 8) {
      out.add(
          Clause.constant(
              phone,
              new TermQuery(new Term(IndexFields.PHONE_TAIL, digits)),
              PHONE_TAIL,
              hit -> "phone number ends with " + digits));
    }
    if (length < 11) {
      out.add(
          Clause.constant(
              phone,
              grams(IndexFields.PHONE_GRAM, digits, IndexFields.PHONE_GRAM_SIZE),
              PHONE_PART + PHONE_PART_PER_DIGIT * length,
              hit ->
                  hit.get(IndexFields.PHONE).endsWith(digits)
                      ? ""
                      : "phone number " + where(hit.get(IndexFields.PHONE), digits)));
    }
  }

  /** Consecutive n-grams at consecutive positions: the text occurs as one piece. */
  static Query grams(String field, String text, int size) {
    List<String> grams = SearchAnalyzers.grams(text, size);
    if (grams.size() == 1) {
      return new TermQuery(new Term(field, grams.getFirst()));
    }
    PhraseQuery.Builder phrase = new PhraseQuery.Builder();
    for (int i = 0; i < grams.size(); i++) {
      phrase.add(new Term(field, grams.get(i)), i);
    }
    return phrase.build();
  }

  private static String where(String indexed, String part) {
    if (indexed.startsWith(part)) {
      return "starts with " + part;
    }
    return indexed.endsWith(part) ? "ends with " + part : "contains " + part;
  }

  private static String withoutCountryCode(String text) {
    if (text.startsWith("+86")) {
      return text.substring(3);
    }
    if (text.startsWith("0086")) {
      return text.substring(4);
    }
    return text.startsWith("86") && text.length() == 13 ? text.substring(2) : text;
  }

  private static boolean isPhoneNumber(String digits) {
    try {
      return PhoneNumber.of(digits).value().equals(digits);
    } catch (InvalidFieldException e) {
      return false;
    }
  }
}
