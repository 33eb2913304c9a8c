package org.riskgraph.analysis.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The analyzers per field: smartcn word segmentation for narratives and village names, CJK bigrams
 * as a fallback for words smartcn splits differently, and fixed-size character n-grams for ID,
 * phone and plate fragments. Everything else is indexed as given (keywords built in Java).
 */
final class SearchAnalyzers {

  private final Analyzer chinese = new SmartChineseAnalyzer();
  private final Analyzer bigrams = new CJKAnalyzer();
  private final Analyzer perField =
      new PerFieldAnalyzerWrapper(
          new KeywordAnalyzer(),
          Map.of(
              IndexFields.SUMMARY,
              chinese,
              IndexFields.CATEGORY_TEXT,
              chinese,
              IndexFields.VILLAGE_TEXT,
              chinese,
              IndexFields.SUMMARY_BIGRAM,
              bigrams,
              IndexFields.ID_GRAM,
              ngrams(IndexFields.ID_GRAM_SIZE),
              IndexFields.PHONE_GRAM,
              ngrams(IndexFields.PHONE_GRAM_SIZE),
              IndexFields.PLATE_GRAM,
              ngrams(IndexFields.PLATE_GRAM_SIZE),
              IndexFields.PLATE_OCR_GRAM,
              ngrams(IndexFields.PLATE_GRAM_SIZE)));

  Analyzer perField() {
    return perField;
  }

  /** The words smartcn finds in the text, in order, without duplicates. */
  List<String> chineseWords(String text) {
    return terms(chinese, IndexFields.SUMMARY, text);
  }

  /** The CJK bigrams (or lone characters) of a word, as the bigram field indexed them. */
  List<String> bigrams(String word) {
    return terms(bigrams, IndexFields.SUMMARY_BIGRAM, word);
  }

  /** The consecutive n-grams of a text, as the n-gram fields index them. */
  static List<String> grams(String text, int size) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i + size <= text.length(); i++) {
      out.add(text.substring(i, i + size));
    }
    return out;
  }

  private static List<String> terms(Analyzer analyzer, String field, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        String word = term.toString();
        if (!out.contains(word)) {
          out.add(word);
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static Analyzer ngrams(int size) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new NGramTokenizer(size, size));
      }
    };
  }
}
