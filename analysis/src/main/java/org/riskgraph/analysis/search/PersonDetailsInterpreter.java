package org.riskgraph.analysis.search;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.riskgraph.graph.entity.EntityKind;

/**
 * Reads query tokens as details that narrow a person down: a birth date, month or year, and in a
 * query of several words also a gender or the village the person lives in ("张伟 1990 和平村").
 */
final class PersonDetailsInterpreter implements Interpreter {

  static final float BIRTH = 2f;
  static final float VILLAGE = 2f;
  static final float GENDER = 0.5f;

  private static final Pattern DATE =
      Pattern.compile("((?:19|20)\\d\\d)[-/.年]?(\\d{1,2})?(?:[-/.月]?(\\d{1,2})日?)?年?");

  private final SearchAnalyzers analyzers;

  PersonDetailsInterpreter(SearchAnalyzers analyzers) {
    this.analyzers = analyzers;
  }

  @Override
  public List<Clause> clauses(QueryText query) {
    List<Clause> out = new ArrayList<>();
    for (String token : query.tokens()) {
      birth(token)
          .ifPresent(
              value ->
                  out.add(
                      Clause.constant(
                          EntityKind.PERSON,
                          new TermQuery(new Term(IndexFields.BIRTH, value)),
                          BIRTH,
                          hit -> "born " + (value.length() == 4 ? "in " : "") + value)));
    }
    if (query.multiToken()) {
      for (String token : query.tokens()) {
        gender(token).ifPresent(clause -> out.add(clause));
        if (ChinesePinyin.isAllHan(token)) {
          village(token).ifPresent(out::add);
        }
      }
    }
    return out;
  }

  /** The birth value as indexed ("1990", "1990-05", "1990-05-12"), for a plausible date. */
  static Optional<String> birth(String token) {
    Matcher m = DATE.matcher(token);
    if (!m.matches()) {
      return Optional.empty();
    }
    String year = m.group(1);
    if (m.group(2) == null) {
      return token.length() == 4 || token.endsWith("年") ? Optional.of(year) : Optional.empty();
    }
    int month = Integer.parseInt(m.group(2));
    if (month < 1 || month > 12) {
      return Optional.empty();
    }
    if (m.group(3) == null) {
      return Optional.of(year + "-" + "%02d".formatted(month));
    }
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(m.group(3)));
      return date.isAfter(LocalDate.now()) ? Optional.empty() : Optional.of(date.toString());
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<Clause> gender(String token) {
    String value =
        switch (token) {
          case "男", "男性" -> "M";
          case "女", "女性" -> "F";
          default -> "";
        };
    if (value.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        Clause.constant(
            EntityKind.PERSON,
            new TermQuery(new Term(IndexFields.GENDER, value)),
            GENDER,
            hit -> "gender " + token));
  }

  private Optional<Clause> village(String token) {
    List<String> words = analyzers.chineseWords(token);
    if (words.isEmpty()) {
      return Optional.empty();
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    all.add(new TermQuery(new Term(IndexFields.KIND, EntityKind.PERSON.name())), Occur.FILTER);
    words.forEach(w -> all.add(new TermQuery(new Term(IndexFields.VILLAGE_TEXT, w)), Occur.MUST));
    return Optional.of(
        Clause.constant(
            EntityKind.PERSON,
            all.build(),
            VILLAGE,
            hit -> "lives in " + hit.get(IndexFields.VILLAGE_NAME)));
  }
}
