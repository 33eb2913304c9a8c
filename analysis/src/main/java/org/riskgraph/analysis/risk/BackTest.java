package org.riskgraph.analysis.risk;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;

/**
 * How well do this month's village scores rank next month's incidents? For every month with a next
 * month, the Spearman correlation over villages between the score and next month's incident count,
 * and the same for a naive ranking by this month's count; likewise against next month's incidents
 * per 1,000 residents (what the score measures), with this month's rate as the naive ranking. The
 * same for the leaders' outlook in the months that have one (NaN in the others). Villages without
 * residents are left out.
 */
public final class BackTest {

  /** One month's correlations. */
  public record Month(
      YearMonth month,
      double scoreVsCount,
      double naiveVsCount,
      double scoreVsRate,
      double naiveVsRate,
      double outlookVsCount,
      double outlookVsRate) {

    public boolean hasOutlook() {
      return !Double.isNaN(outlookVsCount);
    }
  }

  /** Every month's correlations and their means. */
  public record Result(List<Month> months) {
    public Result {
      months = List.copyOf(months);
    }

    public double meanScoreVsCount() {
      return months.stream().mapToDouble(Month::scoreVsCount).average().orElse(Double.NaN);
    }

    public double meanNaiveVsCount() {
      return months.stream().mapToDouble(Month::naiveVsCount).average().orElse(Double.NaN);
    }

    public double meanScoreVsRate() {
      return months.stream().mapToDouble(Month::scoreVsRate).average().orElse(Double.NaN);
    }

    public double meanNaiveVsRate() {
      return months.stream().mapToDouble(Month::naiveVsRate).average().orElse(Double.NaN);
    }

    /** Months in which the score ranked next month's counts better than the naive ranking. */
    public long scoreWinsOnCount() {
      return months.stream().filter(m -> m.scoreVsCount() > m.naiveVsCount()).count();
    }

    public long scoreWinsOnRate() {
      return months.stream().filter(m -> m.scoreVsRate() > m.naiveVsRate()).count();
    }

    /** The months that have an outlook. */
    public List<Month> outlookMonths() {
      return months.stream().filter(Month::hasOutlook).toList();
    }

    public double meanOutlookVsCount() {
      return outlookMonths().stream()
          .mapToDouble(Month::outlookVsCount)
          .average()
          .orElse(Double.NaN);
    }

    /** The naive ranking by this month's count, over the months that have an outlook. */
    public double meanNaiveVsCountWithOutlook() {
      return outlookMonths().stream().mapToDouble(Month::naiveVsCount).average().orElse(Double.NaN);
    }

    public double meanOutlookVsRate() {
      return outlookMonths().stream()
          .mapToDouble(Month::outlookVsRate)
          .average()
          .orElse(Double.NaN);
    }

    public double meanNaiveVsRateWithOutlook() {
      return outlookMonths().stream().mapToDouble(Month::naiveVsRate).average().orElse(Double.NaN);
    }

    public long outlookWinsOnCount() {
      return outlookMonths().stream().filter(m -> m.outlookVsCount() > m.naiveVsCount()).count();
    }

    public long outlookWinsOnRate() {
      return outlookMonths().stream().filter(m -> m.outlookVsRate() > m.naiveVsRate()).count();
    }
  }

  private BackTest() {}

  public static Result run(RiskInputs inputs, RiskAssessment assessment) {
    List<Integer> inhabited = new ArrayList<>();
    for (int v = 0; v < inputs.villages().size(); v++) {
      if (inputs.villages().get(v).population() > 0) {
        inhabited.add(v);
      }
    }
    SpearmansCorrelation spearman = new SpearmansCorrelation();
    List<Month> months = new ArrayList<>();
    for (int t = 0; t + 1 < inputs.monthCount(); t++) {
      MonthRisk risk = assessment.month(inputs.firstMonth().plusMonths(t)).orElseThrow();
      int n = inhabited.size();
      double[] score = new double[n];
      double[] outlook = new double[n];
      boolean withOutlook = !risk.outlook().isEmpty();
      double[] count = new double[n];
      double[] nextCount = new double[n];
      double[] rate = new double[n];
      double[] nextRate = new double[n];
      for (int i = 0; i < n; i++) {
        int v = inhabited.get(i);
        String code = inputs.villages().get(v).code();
        double population = inputs.villages().get(v).population();
        score[i] = risk.village(code).orElseThrow().score();
        outlook[i] =
            withOutlook ? risk.outlook(AreaLevel.VILLAGE, code).orElseThrow().score() : Double.NaN;
        count[i] = inputs.at(v, t).incidents();
        nextCount[i] = inputs.at(v, t + 1).incidents();
        rate[i] = 1000 * count[i] / population;
        nextRate[i] = 1000 * nextCount[i] / population;
      }
      months.add(
          new Month(
              risk.month(),
              spearman.correlation(score, nextCount),
              spearman.correlation(count, nextCount),
              spearman.correlation(score, nextRate),
              spearman.correlation(rate, nextRate),
              withOutlook ? spearman.correlation(outlook, nextCount) : Double.NaN,
              withOutlook ? spearman.correlation(outlook, nextRate) : Double.NaN));
    }
    return new Result(months);
  }
}
