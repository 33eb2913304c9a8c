package org.riskgraph.analysis.duplicates;

/**
 * How duplicate detection decides.
 *
 * @param minScore the score a pair needs to be reported; 0.5 is the calibrated threshold (see
 *     docs/search.md), higher trades recall for precision
 * @param maxBlockSize a birth-date block with more persons than this (01-01 is common among the
 *     old) is split by the surname's pinyin initial before pairs are formed
 * @param maxSharedContact a phone or plate used by more persons than this (a shop's landline, a
 *     company car) links nobody
 */
public record DuplicateConfig(double minScore, int maxBlockSize, int maxSharedContact) {

  public DuplicateConfig {
    if (!(minScore >= 0 && minScore <= 1)) {
      throw new IllegalArgumentException("minScore must be in [0, 1]: " + minScore);
    }
    if (maxBlockSize < 2 || maxSharedContact < 2) {
      throw new IllegalArgumentException(
          "maxBlockSize and maxSharedContact must be at least 2: "
              + maxBlockSize
              + ", "
              + maxSharedContact);
    }
  }

  public static DuplicateConfig defaults() {
    return new DuplicateConfig(0.5, 300, 8);
  }

  public DuplicateConfig withMinScore(double score) {
    return new DuplicateConfig(score, maxBlockSize, maxSharedContact);
  }
}
