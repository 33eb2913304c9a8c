package org.riskgraph.analysis.duplicates;

import java.util.ArrayList;
import java.util.List;

/**
 * The variations that separate two names: characters replaced by a homophone, by one that sounds
 * alike in the local dialect, by a look-alike, or by a different character; two adjacent characters
 * swapped; a character dropped. These are the slips of a clerk who hears, reads or types a name.
 * They are found as the cheapest edit path, where each kind of step costs what it says about how
 * far apart the names are (a homophone almost nothing, a different character more than a dropped
 * one), so 李芳敏 / 李芳芳 reads as one different character, not two dropped ones.
 */
final class NameSimilarity {

  /** A kind of difference between two names. */
  enum Kind {
    HOMOPHONE("homophone", 0.1),
    SOUNDS_ALIKE("sounds alike", 0.25),
    LOOKS_ALIKE("looks alike", 0.3),
    SWAPPED("swapped", 0.3),
    DROPPED("dropped", 0.7),
    DIFFERENT("different", 1.0);

    private final String words;
    private final double cost;

    Kind(String words, double cost) {
      this.words = words;
      this.cost = cost;
    }

    /** A character lost or replaced by an unrelated one, as opposed to misheard or misread. */
    boolean major() {
      return this == DROPPED || this == DIFFERENT;
    }
  }

  record Variation(Kind kind, String characters) {
    @Override
    public String toString() {
      return kind.words + " " + characters;
    }
  }

  /** The variations in reading order; none means the names are the same. */
  record Match(List<Variation> variations) {
    boolean identical() {
      return variations.isEmpty();
    }
  }

  private final SimilarCharacters lookalikes;

  NameSimilarity(SimilarCharacters lookalikes) {
    this.lookalikes = lookalikes;
  }

  Match compare(PersonName a, PersonName b) {
    if (a.text().equals(b.text())) {
      return new Match(List.of());
    }
    int n = a.length();
    int m = b.length();
    double dropped = Kind.DROPPED.cost;
    double[][] cost = new double[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      cost[i][0] = i * dropped;
    }
    for (int j = 0; j <= m; j++) {
      cost[0][j] = j * dropped;
    }
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= m; j++) {
        double best =
            Math.min(
                cost[i - 1][j - 1] + substitutionCost(a, i - 1, b, j - 1),
                Math.min(cost[i - 1][j], cost[i][j - 1]) + dropped);
        if (swapped(a, i, b, j)) {
          best = Math.min(best, cost[i - 2][j - 2] + Kind.SWAPPED.cost);
        }
        cost[i][j] = best;
      }
    }
    return new Match(path(a, b, cost));
  }

  private Kind substitution(PersonName a, int i, PersonName b, int j) {
    if (PersonName.intersect(a.readings().get(i), b.readings().get(j))) {
      return Kind.HOMOPHONE;
    }
    if (PersonName.intersect(a.heard().get(i), b.heard().get(j))) {
      return Kind.SOUNDS_ALIKE;
    }
    return lookalikes.alike(a.chars()[i], b.chars()[j]) ? Kind.LOOKS_ALIKE : Kind.DIFFERENT;
  }

  private double substitutionCost(PersonName a, int i, PersonName b, int j) {
    return a.chars()[i] == b.chars()[j] ? 0 : substitution(a, i, b, j).cost;
  }

  private static boolean swapped(PersonName a, int i, PersonName b, int j) {
    return i > 1
        && j > 1
        && a.chars()[i - 1] == b.chars()[j - 2]
        && a.chars()[i - 2] == b.chars()[j - 1]
        && a.chars()[i - 1] != a.chars()[i - 2];
  }

  /** Walks the cheapest path back and names each step that was not a plain match. */
  private List<Variation> path(PersonName a, PersonName b, double[][] cost) {
    List<Variation> out = new ArrayList<>();
    int i = a.length();
    int j = b.length();
    while (i > 0 || j > 0) {
      if (i > 0 && j > 0) {
        double sub = substitutionCost(a, i - 1, b, j - 1);
        if (close(cost[i][j], cost[i - 1][j - 1] + sub)) {
          if (sub > 0) {
            out.addFirst(
                new Variation(
                    substitution(a, i - 1, b, j - 1), chr(a, i - 1) + "/" + chr(b, j - 1)));
          }
          i--;
          j--;
          continue;
        }
        if (swapped(a, i, b, j) && close(cost[i][j], cost[i - 2][j - 2] + Kind.SWAPPED.cost)) {
          out.addFirst(new Variation(Kind.SWAPPED, chr(a, i - 2) + chr(a, i - 1)));
          i -= 2;
          j -= 2;
          continue;
        }
      }
      if (i > 0 && close(cost[i][j], cost[i - 1][j] + Kind.DROPPED.cost)) {
        out.addFirst(new Variation(Kind.DROPPED, chr(a, i - 1)));
        i--;
      } else {
        out.addFirst(new Variation(Kind.DROPPED, chr(b, j - 1)));
        j--;
      }
    }
    return out;
  }

  private static boolean close(double x, double y) {
    return Math.abs(x - y) < 1e-9;
  }

  private static String chr(PersonName name, int index) {
    return Character.toString(name.chars()[index]);
  }
}
