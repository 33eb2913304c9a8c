package org.riskgraph.analysis.duplicates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.riskgraph.analysis.search.Typo;

/**
 * Weighs the evidence that two records are one person, Fellegi–Sunter style: each comparison adds
 * its weight in bits (log₂ of how much likelier the observation is for one person than for two),
 * and the sum, less the threshold, becomes the score through a logistic curve. The weights are
 * hand-set from rough match and chance probabilities and calibrated on synthetic data;
 * docs/search.md lists them with the reasoning.
 */
final class PairScorer {

  /** At this many bits a pair scores 0.5. */
  static final double THRESHOLD = 10;

  /** Bits per doubling of the odds above the threshold. */
  static final double SCALE = 2;

  static final double SAME_BIRTH_DATE = 6;
  static final double BIRTH_DATE_EXPLAINED_BY_ID_TYPO = 2;
  static final double DIFFERENT_BIRTH_DATE = -10;
  static final double SAME_GENDER = 1;
  static final double DIFFERENT_GENDER = -8;
  static final double SAME_ID = 12;
  static final double ID_SEQUENCE_DIGITS_SWAPPED = 6;
  static final double ID_OTHER_DIGITS_SWAPPED = 3;
  static final double ID_ONE_DIGIT_IN_DATE_OR_REGION = 2;
  static final double ID_ONE_DIGIT_IN_SEQUENCE = -4;
  static final double DIFFERENT_ID = -8;
  static final double SHARED_PHONE = 4;
  static final double SHARED_PLATE = 3;
  static final double SAME_VILLAGE = 3;
  static final double DIFFERENT_VILLAGE = -1;
  static final double MAX_COMMONNESS = 2;
  static final double COMMONNESS_FACTOR = 100;

  /** The days a population's birth dates spread over: about ninety years. */
  static final double BIRTH_DATES = 365.25 * 90;

  static final double SAME_NAME = 6;
  static final double UNRELATED_NAMES = -8;

  /**
   * Bits each variation takes off {@link #SAME_NAME}: a homophone is the commonest slip of a clerk
   * who hears a name, a different character usually means a different person (李芳芳 and 李芳敏 are
   * sisters more often than one woman).
   */
  static final Map<NameSimilarity.Kind, Double> VARIATION_PENALTY =
      Map.of(
          NameSimilarity.Kind.HOMOPHONE, 0.5,
          NameSimilarity.Kind.SOUNDS_ALIKE, 1.0,
          NameSimilarity.Kind.LOOKS_ALIKE, 1.5,
          NameSimilarity.Kind.SWAPPED, 1.0,
          NameSimilarity.Kind.DROPPED, 3.0,
          NameSimilarity.Kind.DIFFERENT, 9.0);

  /** Names this close are compared with how common they are. */
  static final double MAX_PENALTY_OF_A_NEAR_NAME = 1.5;

  /** The first position of the three-digit sequence in the resident ID, counting from 1. */
  private static final int SEQUENCE = 15;

  private final NameSimilarity names;
  private final Map<String, Integer> soundCounts;
  private final double minBits;

  /**
   * @param soundCounts how many records have each name sound, to weigh common names less
   * @param minScore the score a pair needs to be worth explaining
   */
  PairScorer(NameSimilarity names, Map<String, Integer> soundCounts, double minScore) {
    this.names = names;
    this.soundCounts = soundCounts;
    this.minBits =
        minScore <= 0
            ? Double.NEGATIVE_INFINITY
            : THRESHOLD + SCALE * Math.log(minScore / (1 - minScore)) / Math.log(2);
  }

  record Scored(double score, List<String> reasons) {}

  /** The pair's score and reasons, if it reaches the minimum score. */
  Optional<Scored> score(Profile a, Profile b) {
    Tally quick = new Tally(false);
    facts(a, b, quick);
    // most pairs in a birth-date block are two people with two different IDs: skip the name
    if (quick.bits + SAME_NAME < minBits) {
      return Optional.empty();
    }
    name(a, b, quick);
    if (quick.bits < minBits) {
      return Optional.empty();
    }
    Tally explained = new Tally(true);
    facts(a, b, explained);
    name(a, b, explained);
    double score = 1 / (1 + Math.pow(2, -(explained.bits - THRESHOLD) / SCALE));
    return Optional.of(new Scored(score, explained.reasons));
  }

  private Optional<Typo> facts(Profile a, Profile b, Tally tally) {
    Optional<Typo> idTypo = Optional.empty();
    if (a.hasId() && b.hasId()) {
      idTypo = Typo.between(a.idBody(), b.idBody());
      id(a, b, idTypo, tally);
    }
    birth(a, b, idTypo, tally);
    gender(a, b, idTypo, tally);
    contacts(a, b, tally);
    return idTypo;
  }

  private static void id(Profile a, Profile b, Optional<Typo> typo, Tally tally) {
    if (a.idBody().equals(b.idBody())) {
      tally.add(SAME_ID, () -> "same resident ID");
      return;
    }
    if (typo.isEmpty()) {
      tally.add(DIFFERENT_ID, () -> "");
      return;
    }
    Typo slip = typo.get();
    Supplier<String> reason = () -> "resident IDs differ by " + slip.describe("digit");
    if (slip.kind() == Typo.Kind.SWAPPED) {
      // a sequence-digit swap keeps the birth date, which then agrees and counts on its own
      tally.add(
          slip.position() >= SEQUENCE ? ID_SEQUENCE_DIGITS_SWAPPED : ID_OTHER_DIGITS_SWAPPED,
          reason);
    } else if (slip.kind() == Typo.Kind.WRONG && slip.position() < SEQUENCE) {
      tally.add(ID_ONE_DIGIT_IN_DATE_OR_REGION, reason);
    } else {
      // neighbours in the register: born the same day, numbered one apart
      tally.add(ID_ONE_DIGIT_IN_SEQUENCE, () -> "");
    }
  }

  private void name(Profile a, Profile b, Tally tally) {
    NameSimilarity.Match match = names.compare(a.name(), b.name());
    double penalty = 0;
    int major = 0;
    for (NameSimilarity.Variation variation : match.variations()) {
      penalty += VARIATION_PENALTY.get(variation.kind());
      major += variation.kind().major() ? 1 : 0;
    }
    // one slip is a clerk's; two dropped or different characters make another name
    double weight = major > 1 ? UNRELATED_NAMES : Math.max(UNRELATED_NAMES, SAME_NAME - penalty);
    if (penalty <= MAX_PENALTY_OF_A_NEAR_NAME) {
      // others born on the same day share a common name by chance: it proves less
      int others =
          Math.max(
                  soundCounts.getOrDefault(a.soundKey(), 1),
                  soundCounts.getOrDefault(b.soundKey(), 1))
              - (a.soundKey().equals(b.soundKey()) ? 2 : 1);
      double namesakesPerDay = Math.max(0, others) / BIRTH_DATES;
      weight -= Math.min(MAX_COMMONNESS, log2(1 + COMMONNESS_FACTOR * namesakesPerDay));
    }
    if (match.identical()) {
      tally.add(weight, () -> "same name " + a.facts().name());
    } else if (weight > 0) {
      tally.add(
          weight,
          () ->
              "similar names %s / %s (%s)"
                  .formatted(
                      a.facts().name(),
                      b.facts().name(),
                      String.join(
                          ", ", match.variations().stream().map(Object::toString).toList())));
    } else {
      tally.add(weight, () -> "");
    }
  }

  private static void birth(Profile a, Profile b, Optional<Typo> idTypo, Tally tally) {
    Optional<LocalDate> x = a.facts().birthDate();
    Optional<LocalDate> y = b.facts().birthDate();
    if (x.isEmpty() || y.isEmpty()) {
      return;
    }
    if (x.equals(y)) {
      tally.add(SAME_BIRTH_DATE, () -> "same birth date " + x.get());
      return;
    }
    boolean typoInDate = idTypo.map(t -> t.position() >= 7 && t.position() <= 14).orElse(false);
    tally.add(typoInDate ? BIRTH_DATE_EXPLAINED_BY_ID_TYPO : DIFFERENT_BIRTH_DATE, () -> "");
  }

  private static void gender(Profile a, Profile b, Optional<Typo> idTypo, Tally tally) {
    if (a.facts().gender().isEmpty() || b.facts().gender().isEmpty()) {
      return;
    }
    if (a.facts().gender().equals(b.facts().gender())) {
      tally.add(SAME_GENDER, () -> "same gender");
      return;
    }
    // the 17th digit carries the gender: a slip there changes it without changing the person
    boolean explained =
        idTypo.map(t -> t.position() + (t.kind() == Typo.Kind.SWAPPED ? 1 : 0) >= 17).orElse(false);
    tally.add(explained ? 0 : DIFFERENT_GENDER, () -> "");
  }

  private static void contacts(Profile a, Profile b, Tally tally) {
    Set<String> phones = shared(a.facts().phones(), b.facts().phones());
    if (!phones.isEmpty()) {
      tally.add(SHARED_PHONE, () -> "shared phone " + String.join(", ", phones));
    }
    Set<String> plates = shared(a.facts().plates(), b.facts().plates());
    if (!plates.isEmpty()) {
      tally.add(SHARED_PLATE, () -> "shared vehicle " + String.join(", ", plates));
    }
    Optional<String> village = a.facts().villageCode();
    if (village.isPresent() && b.facts().villageCode().isPresent()) {
      boolean same = village.equals(b.facts().villageCode());
      tally.add(
          same ? SAME_VILLAGE : DIFFERENT_VILLAGE,
          () -> same ? "same village " + village.get() : "");
    }
  }

  private static Set<String> shared(Set<String> x, Set<String> y) {
    if (x.isEmpty() || y.isEmpty()) {
      return Set.of();
    }
    Set<String> out = new TreeSet<>(x);
    out.retainAll(y);
    return out;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  /** Bits so far, and the reasons when they are wanted (only for pairs that are reported). */
  private static final class Tally {
    private final boolean explain;
    private final List<String> reasons = new ArrayList<>();
    private double bits;

    Tally(boolean explain) {
      this.explain = explain;
    }

    void add(double weight, Supplier<String> reason) {
      bits += weight;
      if (explain) {
        String text = reason.get();
        if (!text.isEmpty()) {
          reasons.add(text);
        }
      }
    }
  }
}
