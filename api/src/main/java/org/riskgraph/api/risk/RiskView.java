package org.riskgraph.api.risk;

import java.util.List;
import java.util.Optional;
import org.riskgraph.analysis.risk.BaselineFit;
import org.riskgraph.analysis.risk.BaselineModel;
import org.riskgraph.analysis.risk.Component;
import org.riskgraph.analysis.risk.Indicator;
import org.riskgraph.analysis.risk.OutlookComponent;
import org.riskgraph.analysis.risk.OutlookPart;
import org.riskgraph.analysis.risk.OutlookScore;
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
      List<RiskFlag> flags,
      Outlook outlook) {

    static Score of(RiskScore score) {
      return of(score, Optional.empty());
    }

    /** The score with the leaders' outlook for the month after, when there is one. */
    static Score of(RiskScore score, Optional<OutlookScore> outlook) {
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
          score.flags().stream().sorted().toList(),
          outlook.map(Outlook::of).orElse(null));
    }
  }

  /**
   * The leaders' monthly level: how much trouble to expect in {@code forecastMonth}, from the
   * incident forecast and this month's situation (docs/methods/risk.md, §8).
   */
  record Outlook(
      String forecastMonth,
      double score,
      String level,
      int rank,
      List<OutlookComponentView> components,
      List<String> drivers,
      List<String> situationDrivers) {

    static Outlook of(OutlookScore outlook) {
      return new Outlook(
          outlook.forecastMonth().toString(),
          outlook.score(),
          outlook.level().name(),
          outlook.rank(),
          outlook.components().stream().map(OutlookComponentView::of).toList(),
          outlook.drivers().stream().map(OutlookPart::key).toList(),
          outlook.situationDrivers().stream().map(Indicator::key).toList());
    }
  }

  record OutlookComponentView(
      String part, double raw, double normalised, double weight, double contribution) {

    static OutlookComponentView of(OutlookComponent component) {
      return new OutlookComponentView(
          component.part().key(),
          component.raw(),
          component.normalised(),
          component.weight(),
          component.contribution());
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
