package org.riskgraph.analysis.risk;

import java.time.YearMonth;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * How unlikely is a village's incident count this month under its own baseline? The expected count
 * is the village's mean over the trailing 12 months (plus half an event, so that a village with no
 * incident yet is not infinitely surprised by its first) times this month's index of the rest of
 * the county: the incidents of villages outside the village's township this month over their mean
 * in the same window. The index carries the seasons, which a month-of-year effect would get wrong
 * because the Spring Festival moves between January and February, and any county-wide swing; and
 * because it leaves out the village's township, a township-wide surge does not hide itself. Neither
 * part uses the village's own count this month, so one more incident can only raise the surprise.
 * Counts are Poisson unless the pooled Pearson dispersion test over every village's window rejects
 * that at 1%; then they are negative binomial with α from the Pearson statistic.
 */
final class SurpriseBaseline {

  static final int FULL_WINDOW = 12;
  static final int MIN_WINDOW = 3;
  static final double DISPERSION_ALPHA = 0.01;

  record Result(double[][] surprise, int[] windowMonths, BaselineFit[] fits) {}

  private SurpriseBaseline() {}

  /**
   * @param counts incidents per village (first index) and month (second index)
   * @param township township index of every village
   */
  static Result compute(int[][] counts, int[] township, int townships, YearMonth firstMonth) {
    int villages = counts.length;
    int months = villages == 0 ? 0 : counts[0].length;
    double[][] surprise = new double[villages][months];
    int[] window = new int[months];
    BaselineFit[] fits = new BaselineFit[months];
    double[][] rest = restOfCounty(counts, township, townships);
    for (int t = 0; t < months; t++) {
      int start = Math.max(0, t - FULL_WINDOW);
      window[t] = t - start;
      if (window[t] < MIN_WINDOW) {
        fits[t] = BaselineFit.none(firstMonth.plusMonths(t), window[t]);
        continue;
      }
      double[] level = new double[villages];
      double[][] index = new double[villages][];
      double pearson = 0;
      double expectedTotal = 0;
      int cells = 0;
      for (int v = 0; v < villages; v++) {
        double sum = 0;
        double restMean = 0;
        for (int j = start; j < t; j++) {
          sum += counts[v][j];
          restMean += rest[v][j];
        }
        level[v] = (sum + 0.5) / window[t];
        restMean /= window[t];
        index[v] = new double[t - start + 1];
        for (int j = start; j <= t; j++) {
          index[v][j - start] = restMean > 0 && rest[v][j] > 0 ? rest[v][j] / restMean : 1;
        }
        for (int j = start; j < t; j++) {
          double e = level[v] * index[v][j - start];
          double d = counts[v][j] - e;
          pearson += d * d / e;
          expectedTotal += e;
          cells++;
        }
      }
      int df = cells - villages;
      double dispersion = df > 0 ? pearson / df : 1;
      double p =
          df > 0 ? 1 - new ChiSquaredDistribution(null, df).cumulativeProbability(pearson) : 1;
      double alpha = p < DISPERSION_ALPHA ? (dispersion - 1) * cells / expectedTotal : 0;
      BaselineModel model = alpha > 0 ? BaselineModel.NEGATIVE_BINOMIAL : BaselineModel.POISSON;
      fits[t] =
          new BaselineFit(
              firstMonth.plusMonths(t), window[t], dispersion, p, model, Math.max(0, alpha));
      for (int v = 0; v < villages; v++) {
        double mean = level[v] * index[v][t - start];
        double tail = UpperTail.negativeBinomial(counts[v][t], mean, fits[t].alpha());
        surprise[v][t] = UpperTail.surprise(tail);
      }
    }
    return new Result(surprise, window, fits);
  }

  /**
   * Incidents per month in the rest of the county as seen from each village: the villages outside
   * its township, or, in a county of one township, every other village.
   */
  private static double[][] restOfCounty(int[][] counts, int[] township, int townships) {
    int villages = counts.length;
    int months = villages == 0 ? 0 : counts[0].length;
    double[] county = new double[months];
    double[][] byTownship = new double[Math.max(1, townships)][months];
    for (int v = 0; v < villages; v++) {
      for (int t = 0; t < months; t++) {
        county[t] += counts[v][t];
        byTownship[township[v]][t] += counts[v][t];
      }
    }
    double[][] rest = new double[villages][months];
    for (int v = 0; v < villages; v++) {
      for (int t = 0; t < months; t++) {
        rest[v][t] =
            townships > 1 ? county[t] - byTownship[township[v]][t] : county[t] - counts[v][t];
      }
    }
    return rest;
  }
}
