package org.riskgraph.analysis.risk;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.riskgraph.graph.village.Village;

/**
 * The raw value of every indicator for every village and month, and the thin-data flags — the data
 * side of the score, before any normalisation. Rates are per 1,000 residents; a village without
 * residents has rates of 0 and the {@link RiskFlag#NO_RESIDENTS} flag.
 */
final class RawIndicators {

  /** A violation is a breach of the control's conditions; it weighs as three missed check-ins. */
  static final double VIOLATION_WEIGHT = 3;

  /** An escalation is a dispute that has already become a police matter: it counts twice. */
  static final double ESCALATION_WEIGHT = 2;

  private final double[][][] raw;
  private final EnumSet<RiskFlag>[][] flags;
  private final BaselineFit[] fits;

  @SuppressWarnings("unchecked")
  RawIndicators(RiskInputs inputs, RiskSettings settings) {
    List<Village> villages = inputs.villages();
    int n = villages.size();
    int months = inputs.monthCount();
    raw = new double[Indicator.values().length][n][months];
    flags = new EnumSet[n][months];
    int[][] incidents = new int[n][months];
    Map<String, Integer> townshipIndex = new HashMap<>();
    int[] township = new int[n];
    for (int v = 0; v < n; v++) {
      township[v] =
          townshipIndex.computeIfAbsent(villages.get(v).townshipCode(), k -> townshipIndex.size());
    }
    List<Double> severity = settings.severityWeights();
    for (int v = 0; v < n; v++) {
      long population = villages.get(v).population();
      for (int t = 0; t < months; t++) {
        VillageMonth at = inputs.at(v, t);
        incidents[v][t] = at.incidents();
        double weighted = 0;
        for (int s = 0; s < 4; s++) {
          weighted += severity.get(s) * at.incidentsBySeverity().get(s);
        }
        double pressure =
            at.newDisputes() + at.openOver30Days() + ESCALATION_WEIGHT * at.escalations();
        raw[Indicator.INCIDENT_RATE.ordinal()][v][t] = perThousand(weighted, population);
        raw[Indicator.DISPUTE_PRESSURE.ordinal()][v][t] = perThousand(pressure, population);
        raw[Indicator.SUPERVISION_LAPSES.ordinal()][v][t] =
            at.activeControls() == 0
                ? 0
                : (at.missedCheckIns() + VIOLATION_WEIGHT * at.violations()) / at.activeControls();
      }
    }
    SurpriseBaseline.Result surprise =
        SurpriseBaseline.compute(incidents, township, townshipIndex.size(), inputs.firstMonth());
    fits = surprise.fits();
    double[][] z = HotspotIndicator.gStarZ(inputs, settings.hotspotWindowMonths(), settings.seed());
    for (int v = 0; v < n; v++) {
      for (int t = 0; t < months; t++) {
        raw[Indicator.SURPRISE.ordinal()][v][t] = surprise.surprise()[v][t];
        raw[Indicator.DISPUTE_HOTSPOT.ordinal()][v][t] = z[v][t];
        flags[v][t] = thinData(inputs, settings, v, t, surprise.windowMonths()[t]);
      }
    }
  }

  double raw(Indicator indicator, int village, int month) {
    return raw[indicator.ordinal()][village][month];
  }

  /** Every village's values of one indicator, village by month. */
  double[][] values(Indicator indicator) {
    return raw[indicator.ordinal()];
  }

  EnumSet<RiskFlag> flags(int village, int month) {
    return EnumSet.copyOf(flags[village][month]);
  }

  BaselineFit[] fits() {
    return fits.clone();
  }

  private static EnumSet<RiskFlag> thinData(
      RiskInputs inputs, RiskSettings settings, int v, int t, int window) {
    EnumSet<RiskFlag> out = EnumSet.noneOf(RiskFlag.class);
    long population = inputs.villages().get(v).population();
    if (population == 0) {
      out.add(RiskFlag.NO_RESIDENTS);
    } else if (population < settings.smallPopulation()) {
      out.add(RiskFlag.SMALL_POPULATION);
    }
    if (window < SurpriseBaseline.MIN_WINDOW) {
      out.add(RiskFlag.NO_BASELINE);
    } else if (window < SurpriseBaseline.FULL_WINDOW) {
      out.add(RiskFlag.SHORT_HISTORY);
    }
    int empty = 0;
    for (int j = t - window; j < t; j++) {
      VillageMonth at = inputs.at(v, j);
      if (at.incidents() == 0 && at.newDisputes() == 0) {
        empty++;
      }
    }
    if (empty >= 2) {
      out.add(RiskFlag.MISSING_MONTHS);
    }
    return out;
  }

  private static double perThousand(double events, long population) {
    return population > 0 ? 1000.0 * events / population : 0;
  }
}
