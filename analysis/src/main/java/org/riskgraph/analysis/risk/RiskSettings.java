package org.riskgraph.analysis.risk;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How scores are computed. The defaults are the documented method (docs/methods/risk.md); any
 * change to them is a change of method and must bump {@link RiskAnalysis#METHOD_VERSION}.
 *
 * @param weights share of each indicator in the score; normalised to add up to 1
 * @param severityWeights weight of an incident of severity 1..4 in the incident rate
 * @param referenceMonths how many of the first months of data fix the normalisation scales
 * @param surpriseFull surprise (−log10 p) at which the indicator is at its maximum
 * @param hotspotFull Gi* z at which the indicator is at its maximum
 * @param hotspotWindowMonths months of disputes, ending with the scored month, that Gi* runs on
 * @param smallPopulation villages with fewer residents are flagged as thin data
 * @param monteCarloDraws weight draws for the rank intervals
 * @param weightJitter each weight is multiplied by a uniform factor in 1 ± this, then renormalised
 * @param seed seed of the weight draws (and of the hotspot permutations, which z does not use)
 */
public record RiskSettings(
    Map<Indicator, Double> weights,
    List<Double> severityWeights,
    int referenceMonths,
    double surpriseFull,
    double hotspotFull,
    int hotspotWindowMonths,
    long smallPopulation,
    int monteCarloDraws,
    double weightJitter,
    long seed) {

  public static final long DEFAULT_SEED = 20_261_101L;

  public RiskSettings {
    EnumMap<Indicator, Double> normalised = new EnumMap<>(Indicator.class);
    double total = 0;
    for (Indicator indicator : Indicator.values()) {
      Double weight = weights.get(indicator);
      if (weight == null || !(weight >= 0) || Double.isInfinite(weight)) {
        throw new IllegalArgumentException(
            "weight of " + indicator.key() + " must be a number ≥ 0: " + weight);
      }
      total += weight;
    }
    if (!(total > 0)) {
      throw new IllegalArgumentException("weights must not all be 0");
    }
    for (Indicator indicator : Indicator.values()) {
      normalised.put(indicator, weights.get(indicator) / total);
    }
    weights = Collections.unmodifiableMap(normalised);
    severityWeights = List.copyOf(severityWeights);
    if (severityWeights.size() != 4 || severityWeights.stream().anyMatch(w -> !(w >= 0))) {
      throw new IllegalArgumentException(
          "need 4 severity weights ≥ 0 (severity 1..4): " + severityWeights);
    }
    requirePositive("referenceMonths", referenceMonths);
    requirePositive("surpriseFull", surpriseFull);
    requirePositive("hotspotFull", hotspotFull);
    requirePositive("hotspotWindowMonths", hotspotWindowMonths);
    if (smallPopulation < 0) {
      throw new IllegalArgumentException("smallPopulation must be 0 or more: " + smallPopulation);
    }
    if (monteCarloDraws < 100 || monteCarloDraws > 100_000) {
      throw new IllegalArgumentException(
          "monteCarloDraws must be within [100, 100000]: " + monteCarloDraws);
    }
    if (!(weightJitter >= 0 && weightJitter < 1)) {
      throw new IllegalArgumentException("weightJitter must be within [0, 1): " + weightJitter);
    }
  }

  /** The documented defaults; see docs/methods/risk.md for why. */
  public static RiskSettings defaults() {
    Map<Indicator, Double> weights = new EnumMap<>(Indicator.class);
    weights.put(Indicator.INCIDENT_RATE, 0.35);
    weights.put(Indicator.DISPUTE_PRESSURE, 0.15);
    weights.put(Indicator.SUPERVISION_LAPSES, 0.10);
    weights.put(Indicator.SURPRISE, 0.30);
    weights.put(Indicator.DISPUTE_HOTSPOT, 0.10);
    return new RiskSettings(
        weights, List.of(1.0, 2.0, 4.0, 8.0), 12, 3.0, 3.0, 3, 1_000, 1_000, 0.25, DEFAULT_SEED);
  }

  public double weight(Indicator indicator) {
    return weights.get(indicator);
  }

  public RiskSettings withSeed(long value) {
    return new RiskSettings(
        weights,
        severityWeights,
        referenceMonths,
        surpriseFull,
        hotspotFull,
        hotspotWindowMonths,
        smallPopulation,
        monteCarloDraws,
        weightJitter,
        value);
  }

  public RiskSettings withWeights(Map<Indicator, Double> value) {
    return new RiskSettings(
        value,
        severityWeights,
        referenceMonths,
        surpriseFull,
        hotspotFull,
        hotspotWindowMonths,
        smallPopulation,
        monteCarloDraws,
        weightJitter,
        seed);
  }

  private static void requirePositive(String name, double value) {
    if (!(value > 0)) {
      throw new IllegalArgumentException(name + " must be more than 0: " + value);
    }
  }
}
