package org.riskgraph.analysis.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.riskgraph.graph.entity.EntityKind;
import org.riskgraph.graph.person.PersonNames;

/**
 * Reads the query as a person's name: Chinese characters (whole or part of a name, or a name that
 * sounds the same) or pinyin (full, spaced or not, any case, or initials).
 */
final class NameInterpreter implements Interpreter {

  static final float EXACT = 10f;
  static final float PINYIN = 8f;
  static final float PARTIAL = 6f;
  static final float INITIALS = 5f;
  static final float PINYIN_PREFIX = 3f;
  static final float HOMOPHONE = 3f;
  static final float SYLLABLE = 2f;
  static final float INITIALS_PREFIX = 1.5f;

  private static final int MAX_NAME = 10;
  private static final EntityKind PERSON = EntityKind.PERSON;

  private final ChinesePinyin pinyin;

  NameInterpreter(ChinesePinyin pinyin) {
    this.pinyin = pinyin;
  }

  @Override
  public List<Clause> clauses(QueryText query) {
    List<Clause> out = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    addIfName(names, query.compact());
    if (query.multiToken()) {
      query.tokens().forEach(token -> addIfName(names, token));
    }
    names.forEach(name -> chineseName(name, out));
    query.pinyin().ifPresent(spelling -> pinyinName(spelling, out));
    return out;
  }

  private static void addIfName(Set<String> names, String text) {
    String name = PersonNames.normalise(text);
    if (ChinesePinyin.isAllHan(name) && NameText.length(name) <= MAX_NAME) {
      names.add(name);
    }
  }

  private void chineseName(String name, List<Clause> out) {
    out.add(
        Clause.constant(
            PERSON, new TermQuery(new Term(IndexFields.NAME, name)), EXACT, hit -> "name " + name));
    Query grams = nameGrams(name);
    // the fraction of the indexed name the query covers: 伟 ranks 张伟 above 王伟华
    Query covered =
        FunctionScoreQuery.boostByValue(
            new ConstantScoreQuery(grams),
            DoubleValuesSource.fromFloatField(IndexFields.NAME_INVERSE_LENGTH));
    float boost = PARTIAL * NameText.length(name);
    out.add(
        Clause.scored(
            Set.of(PERSON),
            new BoostQuery(covered, boost),
            PARTIAL,
            List.of(
                Probe.of(
                    grams,
                    hit ->
                        hit.get(IndexFields.NAME).equals(name) ? "" : "name contains " + name))));
    if (NameText.length(name) >= 2) {
      List<BytesRef> spellings =
          pinyin.spellings(name, DocumentMapper.MAX_SPELLINGS).stream().map(BytesRef::new).toList();
      String spoken =
          String.join(" ", pinyin.syllables(name).stream().map(List::getFirst).toList());
      out.add(
          Clause.constant(
              PERSON,
              new TermInSetQuery(IndexFields.PINYIN, spellings),
              HOMOPHONE,
              hit ->
                  hit.get(IndexFields.NAME).equals(name)
                      ? ""
                      : "name sounds like " + name + " (" + spoken + ")"));
    }
  }

  private static Query nameGrams(String name) {
    List<String> grams = NameText.unigramsAndBigrams(name);
    if (grams.size() == 1) {
      return new TermQuery(new Term(IndexFields.NAME_GRAM, grams.getFirst()));
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    grams.stream()
        .filter(gram -> gram.codePointCount(0, gram.length()) == 2)
        .distinct()
        .forEach(gram -> all.add(new TermQuery(new Term(IndexFields.NAME_GRAM, gram)), Occur.MUST));
    return all.build();
  }

  private static void pinyinName(String spelling, List<Clause> out) {
    Query full = new TermQuery(new Term(IndexFields.PINYIN, spelling));
    Query initials = new TermQuery(new Term(IndexFields.PINYIN_INITIALS, spelling));
    if (spelling.length() >= 2) {
      out.add(Clause.constant(PERSON, full, PINYIN, hit -> "name pinyin " + spelling));
    }
    if (spelling.length() >= 3) {
      out.add(
          Clause.constant(
              PERSON,
              butNot(new PrefixQuery(new Term(IndexFields.PINYIN, spelling)), full),
              PINYIN_PREFIX,
              hit -> "name pinyin starts with " + spelling));
    }
    if (spelling.length() >= 2 && spelling.length() <= 6) {
      out.add(
          Clause.constant(PERSON, initials, INITIALS, hit -> "name pinyin initials " + spelling));
      out.add(
          Clause.constant(
              PERSON,
              butNot(new PrefixQuery(new Term(IndexFields.PINYIN_INITIALS, spelling)), initials),
              INITIALS_PREFIX,
              hit -> "name pinyin initials start with " + spelling));
    }
    if (spelling.length() <= 6) {
      out.add(
          Clause.constant(
              PERSON,
              new TermQuery(new Term(IndexFields.PINYIN_SYLLABLE, spelling)),
              SYLLABLE,
              hit -> "name pinyin syllable " + spelling));
    }
  }

  private static Query butNot(Query wanted, Query excluded) {
    return new BooleanQuery.Builder().add(wanted, Occur.MUST).add(excluded, Occur.MUST_NOT).build();
  }
}
