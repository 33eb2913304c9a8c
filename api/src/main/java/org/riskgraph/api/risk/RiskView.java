package org.riskgraph.api.risk;

import java.util.List;
import org.riskgraph.analysis.risk.BaselineFit;
import org.riskgraph.analysis.risk.BaselineModel;
import org.riskgraph.analysis.risk.Component;
import org.riskgraph.analysis.risk.Indicator;
import org.riskgraph.analysis.risk.RiskFlag;
import org.riskgraph.analysis.risk.RiskLevel;
import org.riskgraph.analysis.risk.RiskScore;

/** The JSON shapes of the risk endpoints. */
final class RiskView {

  private RiskView() {}

  record Scores(
      String month,
      String methodVersion,
      String areaLevel,
      List<String> referencePeriod,
      Baseline baseline,
      List<Score> scores) {}

  record History(String code, String name, String methodVersion, int months, List<Score> history) {}

  record Score(
      String code,
      String name,
      String month,
      long population,
      double score,
      RiskLevel level,
      int rank,
      List<Integer> rankInterval,
      Double change,
      List<ComponentView> components,
      List<String> drivers,
      List<RiskFlag> flags) {

    static Score of(RiskScore score) {
      return new Score(
          score.code(),
          score.name(),
          score.month().toString(),
          score.population(),
          score.score(),
          score.level(),
          score.rank(),
          List.of(score.rankInterval().low(), score.rankInterval().high()),
          score.change().isPresent() ? score.change().getAsDouble() : null,
          score.components().stream().map(ComponentView::of).toList(),
          score.drivers().stream().map(Indicator::key).toList(),
          score.flags().stream().sorted().toList());
    }
  }

  record ComponentView(
      String indicator, double raw, double normalised, double weight, double contribution) {

    static ComponentView of(Component component) {
      return new ComponentView(
          component.indicator().key(),
          component.raw(),
          component.normalised(),
          component.weight(),
          component.contribution());
    }
  }

  /** How the month's surprise was computed; the dispersion is absent when there is no baseline. */
  record Baseline(BaselineModel model, int windowMonths, Double dispersion, Double alpha) {

    static Baseline of(BaselineFit fit) {
      boolean fitted = Double.isFinite(fit.dispersion());
      return new Baseline(
          fit.model(),
          fit.windowMonths(),
          fitted ? fit.dispersion() : null,
          fitted ? fit.alpha() : null);
    }
  }
}
