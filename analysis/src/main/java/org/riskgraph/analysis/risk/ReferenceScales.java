package org.riskgraph.analysis.risk;

import java.util.EnumMap;
import java.util.Map;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * The anchors of every indicator. Rates have no natural scale, so theirs come from the reference
 * period — the first months of data, the same for every month scored: low = median, high = 90th
 * percentile (R-7 quantiles) over the reference village-months, with a minimum span so that a
 * mostly-zero indicator does not jump from 0 to 1 on one event. Surprise and Gi* z already have a
 * meaning of their own (a p-value, a standard normal deviate), so theirs are fixed: 0 to {@link
 * RiskSettings#surpriseFull()} and 0 to {@link RiskSettings#hotspotFull()}.
 */
final class ReferenceScales {

  static final double LOW_PERCENTILE = 50;
  static final double HIGH_PERCENTILE = 90;

  private ReferenceScales() {}

  static Map<Indicator, ReferenceScale> of(
      RawIndicators raw, RiskInputs inputs, RiskSettings settings, int referenceMonths) {
    Map<Indicator, ReferenceScale> scales = new EnumMap<>(Indicator.class);
    String period =
        referenceMonths == 0
            ? "no data"
            : inputs.firstMonth() + ".." + inputs.firstMonth().plusMonths(referenceMonths - 1);
    scales.put(
        Indicator.INCIDENT_RATE,
        fromReference(Indicator.INCIDENT_RATE, raw, inputs, referenceMonths, 1.0, period, false));
    scales.put(
        Indicator.DISPUTE_PRESSURE,
        fromReference(
            Indicator.DISPUTE_PRESSURE, raw, inputs, referenceMonths, 0.5, period, false));
    scales.put(
        Indicator.SUPERVISION_LAPSES,
        fromReference(
            Indicator.SUPERVISION_LAPSES, raw, inputs, referenceMonths, 0.5, period, true));
    scales.put(
        Indicator.SURPRISE,
        new ReferenceScale(Indicator.SURPRISE, 0, settings.surpriseFull(), "fixed: −log10 p"));
    scales.put(
        Indicator.DISPUTE_HOTSPOT,
        new ReferenceScale(Indicator.DISPUTE_HOTSPOT, 0, settings.hotspotFull(), "fixed: Gi* z"));
    return scales;
  }

  /**
   * Reference village-months: residents for the rates, at least one control in force for lapses (a
   * village without controls has no lapses to measure, not zero of them).
   */
  private static ReferenceScale fromReference(
      Indicator indicator,
      RawIndicators raw,
      RiskInputs inputs,
      int referenceMonths,
      double minimumSpan,
      String period,
      boolean perControl) {
    double[][] values = raw.values(indicator);
    double[] sample = new double[values.length * referenceMonths];
    int size = 0;
    for (int v = 0; v < values.length; v++) {
      for (int t = 0; t < referenceMonths; t++) {
        boolean counts =
            perControl
                ? inputs.at(v, t).activeControls() > 0
                : inputs.villages().get(v).population() > 0;
        if (counts) {
          sample[size++] = values[v][t];
        }
      }
    }
    if (size == 0) {
      return new ReferenceScale(indicator, 0, minimumSpan, "no reference data: " + period);
    }
    Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
    percentile.setData(sample, 0, size);
    double low = percentile.evaluate(LOW_PERCENTILE);
    double high = Math.max(percentile.evaluate(HIGH_PERCENTILE), low + minimumSpan);
    return new ReferenceScale(indicator, low, high, "reference " + period);
  }
}
