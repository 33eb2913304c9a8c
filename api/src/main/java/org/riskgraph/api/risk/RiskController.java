package org.riskgraph.api.risk;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.riskgraph.analysis.risk.AreaLevel;
import org.riskgraph.analysis.risk.MonthRisk;
import org.riskgraph.analysis.risk.RiskAssessment;
import org.riskgraph.analysis.risk.RiskMethod;
import org.riskgraph.api.problem.BadRequestException;
import org.riskgraph.api.problem.UnknownEntityException;
import org.riskgraph.api.security.Access;
import org.riskgraph.api.security.Role;
import org.riskgraph.graph.village.Village;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Monthly stability risk scores: aggregates only, so LEADER may read them. */
@RestController
class RiskController {

  static final int MAX_HISTORY_MONTHS = 120;

  private final RiskService risk;

  RiskController(RiskService risk) {
    this.risk = risk;
  }

  @GetMapping("/api/v1/risk")
  @Access({Role.LEADER, Role.COMMAND, Role.ANALYST})
  RiskView.Scores scores(
      @RequestParam(required = false) YearMonth month,
      @RequestParam(defaultValue = "village") String level) {
    AreaLevel areaLevel = level(level);
    RiskAssessment assessment = risk.current().assessment();
    YearMonth wanted = month == null ? latest(assessment) : month;
    MonthRisk scores =
        assessment
            .month(wanted)
            .orElseThrow(
                () ->
                    BadRequestException.invalid(
                        "month", "no scores for " + wanted + ": " + coverage(assessment)));
    RiskMethod method = assessment.method();
    return new RiskView.Scores(
        wanted.toString(),
        method.version(),
        areaLevel.key(),
        method.referenceFrom().isPresent()
            ? List.of(
                method.referenceFrom().get().toString(), method.referenceTo().get().toString())
            : List.of(),
        RiskView.Baseline.of(scores.baseline()),
        scores.at(areaLevel).stream()
            .map(s -> RiskView.Score.of(s, scores.outlook(areaLevel, s.code())))
            .toList());
  }

  @GetMapping("/api/v1/risk/villages/{code}/history")
  @Access({Role.LEADER, Role.COMMAND, Role.ANALYST})
  RiskView.History history(
      @PathVariable String code, @RequestParam(defaultValue = "24") int months) {
    if (months < 1 || months > MAX_HISTORY_MONTHS) {
      throw BadRequestException.invalid("months", "months must be 1.." + MAX_HISTORY_MONTHS);
    }
    RiskService.Snapshot snapshot = risk.current();
    RiskAssessment assessment = snapshot.assessment();
    Village village =
        snapshot.inputs().villages().stream()
            .filter(v -> v.code().equals(code))
            .findFirst()
            .orElseThrow(() -> new UnknownEntityException("village:" + code));
    return new RiskView.History(
        village.code(),
        village.name(),
        assessment.method().version(),
        months,
        assessment.villageHistory(code, months).stream()
            .map(
                s ->
                    RiskView.Score.of(
                        s,
                        assessment
                            .month(s.month())
                            .flatMap(m -> m.outlook(AreaLevel.VILLAGE, s.code()))))
            .toList());
  }

  private static AreaLevel level(String text) {
    try {
      return AreaLevel.parse(text);
    } catch (IllegalArgumentException e) {
      throw BadRequestException.invalid("level", e.getMessage());
    }
  }

  private static YearMonth latest(RiskAssessment assessment) {
    Optional<YearMonth> last = assessment.lastMonth();
    return last.orElseThrow(
        () -> BadRequestException.invalid("month", "no scores yet: no incident or dispute"));
  }

  private static String coverage(RiskAssessment assessment) {
    return assessment.firstMonth().isEmpty()
        ? "no incident or dispute has been imported"
        : "data covers " + assessment.firstMonth().get() + ".." + assessment.lastMonth().get();
  }
}
