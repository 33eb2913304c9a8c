package org.riskgraph.analysis.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.riskgraph.analysis.hotspot.EmergingCategory;
import org.riskgraph.analysis.risk.RiskLevel;

/**
 * The written rules that turn the monthly report's numbers into findings and measures. Each rule
 * has a stable id, and every finding carries the numbers that triggered it; docs/reports.md lists
 * the rules with their thresholds. Changing a rule or a threshold bumps {@link
 * ReportHeader#VERSION}.
 */
final class FindingRules {

  /** At most this many villages are reported one by one under a rule about villages. */
  static final int MAX_VILLAGES = 10;

  static final int MIN_CATEGORY_COUNT = 10;
  static final int MIN_DISPUTE_COUNT = 10;
  static final int MIN_LAPSES = 5;
  static final int MIN_CLOSED = 5;
  static final double ON_TIME_TARGET = 0.80;
  static final int PERSISTENT_MONTHS = 3;

  private FindingRules() {}

  /** The facts the rules read: the month's sections, and every village's score. */
  record Facts(
      List<MonthlyReport.AreaRisk> townships,
      List<MonthlyReport.AreaRisk> villages,
      MonthlyReport.Hotspots hotspots,
      MonthlyReport.Trends trends,
      MonthlyReport.Supervision supervision,
      MonthlyReport.Instructions instructions) {}

  static List<Finding> apply(Facts facts) {
    List<Finding> out = new ArrayList<>();
    townships(facts, out);
    villages(facts, out);
    persistentHotspots(facts, out);
    emergingHotspots(facts, out);
    categoryRises(facts, out);
    disputeRise(facts, out);
    supervision(facts, out);
    onTime(facts, out);
    overdue(facts, out);
    return List.copyOf(out);
  }

  /** R1 township-level: a township at RED, or two or more levels above last month. */
  static void townships(Facts facts, List<Finding> out) {
    for (MonthlyReport.AreaRisk t : facts.townships()) {
      int now = RiskLevel.valueOf(t.level()).ordinal();
      int before = t.previousLevel() == null ? now : RiskLevel.valueOf(t.previousLevel()).ordinal();
      if (now != RiskLevel.RED.ordinal() && now - before < 2) {
        continue;
      }
      Text drivers = drivers(t);
      Text level = Words.level(t.level());
      Text previous =
          t.previousLevel() == null ? new Text("—", "—") : Words.level(t.previousLevel());
      String before1 = t.change() == null ? "—" : f1(t.score() - t.change());
      out.add(
          new Finding(
              "R1-township-level",
              t.code(),
              t.name(),
              figures(
                  "score", round(t.score()),
                  "level", t.level(),
                  "previousScore", t.change() == null ? null : round(t.score() - t.change()),
                  "previousLevel", t.previousLevel(),
                  "drivers", driverFigures(t)),
              new Text(
                  "%s社会治安风险等级为%s（%s分，上月%s %s分），主要因素：%s。"
                      .formatted(
                          t.name(),
                          level.zh(),
                          f1(t.score()),
                          previous.zh(),
                          before1,
                          drivers.zh()),
                  "%s is at risk level %s (%s; last month %s, %s); main drivers: %s."
                      .formatted(
                          t.name(),
                          level.en(),
                          f1(t.score()),
                          previous.en(),
                          before1,
                          drivers.en())),
              new Text(
                  "由情指中心向%s派出所下达指令，围绕%s开展风险隐患排查整治，一周内报告措施，下月复核风险等级。"
                      .formatted(t.name(), drivers.zh()),
                  "Issue an instruction to the %s police station to find and remedy the risks behind %s, report the measures within a week, and review the level next month."
                      .formatted(t.name(), drivers.en()))));
    }
  }

  /** R2 village-red: a village at RED this month (the ten highest scores). */
  static void villages(Facts facts, List<Finding> out) {
    facts.villages().stream()
        .filter(v -> v.level().equals(RiskLevel.RED.name()))
        .limit(MAX_VILLAGES)
        .forEach(
            v -> {
              Text drivers = drivers(v);
              out.add(
                  new Finding(
                      "R2-village-red",
                      v.code(),
                      v.name(),
                      figures(
                          "score", round(v.score()),
                          "rank", v.rank(),
                          "change", v.change() == null ? null : round(v.change()),
                          "drivers", driverFigures(v)),
                      new Text(
                          "%s风险等级为红色（%s分，全县第%d），主要因素：%s。"
                              .formatted(v.name(), f1(v.score()), v.rank(), drivers.zh()),
                          "%s is at risk level red (%s, ranked %d in the county); main drivers: %s."
                              .formatted(v.name(), f1(v.score()), v.rank(), drivers.en())),
                      new Text(
                          "将%s列为重点整治村（社区）：社区民警、警务助理开展入户走访和巡逻防控，逐一排查矛盾纠纷和风险隐患。".formatted(v.name()),
                          "Make %s a priority village: the community officer and police assistants visit households and patrol, and go through every dispute and hidden danger."
                              .formatted(v.name()))));
            });
  }

  /** R3 persistent-dispute-hotspot: hot at q ≤ 0.05 in the three-month map for 3 months running. */
  static void persistentHotspots(Facts facts, List<Finding> out) {
    facts.hotspots().hot().stream()
        .filter(h -> h.monthsRunning() >= PERSISTENT_MONTHS)
        .limit(MAX_VILLAGES)
        .forEach(
            h ->
                out.add(
                    new Finding(
                        "R3-persistent-dispute-hotspot",
                        h.code(),
                        h.name(),
                        figures(
                            "monthsRunning", h.monthsRunning(),
                            "gStarZ", round(h.gStarZ()),
                            "q", round4(h.q()),
                            "disputes", h.disputes(),
                            "ratePerThousand", round(h.ratePerThousand())),
                        new Text(
                            "%s连续%d个月为矛盾纠纷热点（Gi* z = %s，q = %s；近三个月矛盾纠纷%d起）。"
                                .formatted(
                                    h.name(),
                                    h.monthsRunning(),
                                    f2(h.gStarZ()),
                                    f4(h.q()),
                                    h.disputes()),
                            "%s has been a dispute hotspot for %d months running (Gi* z = %s, q = %s; %d disputes in three months)."
                                .formatted(
                                    h.name(),
                                    h.monthsRunning(),
                                    f2(h.gStarZ()),
                                    f4(h.q()),
                                    h.disputes())),
                        new Text(
                            "乡镇综治中心牵头，组织%s及相邻村（社区）开展矛盾纠纷集中排查化解，未化解纠纷逐件列入督办。".formatted(h.name()),
                            "The township's coordination centre leads a round of dispute screening and mediation in %s and its neighbours; every unresolved dispute is chased as an instruction."
                                .formatted(h.name())))));
  }

  /** R4 emerging-dispute-hotspot: a new, consecutive or intensifying hotspot pattern. */
  static void emergingHotspots(Facts facts, List<Finding> out) {
    facts.hotspots().emerging().stream()
        .filter(
            e ->
                e.category() == EmergingCategory.NEW_HOT
                    || e.category() == EmergingCategory.CONSECUTIVE_HOT
                    || e.category() == EmergingCategory.INTENSIFYING_HOT)
        .limit(MAX_VILLAGES)
        .forEach(
            e -> {
              Text pattern = Words.emerging(e.category());
              out.add(
                  new Finding(
                      "R4-emerging-dispute-hotspot",
                      e.code(),
                      e.name(),
                      figures(
                          "category", e.category().name(),
                          "months", facts.hotspots().emergingMonths(),
                          "trendZ", round(e.trendZ()),
                          "trendP", round4(e.trendP()),
                          "lastZ", round(e.lastZ())),
                      new Text(
                          "%s在近%d个月的矛盾纠纷分布中呈%s态势（本月Gi* z = %s，趋势检验z = %s）。"
                              .formatted(
                                  e.name(),
                                  facts.hotspots().emergingMonths(),
                                  pattern.zh(),
                                  f2(e.lastZ()),
                                  f2(e.trendZ())),
                          "%s shows a %s pattern in the disputes of the last %d months (Gi* z this month %s, trend z %s)."
                              .formatted(
                                  e.name(),
                                  pattern.en(),
                                  facts.hotspots().emergingMonths(),
                                  f2(e.lastZ()),
                                  f2(e.trendZ()))),
                      new Text(
                          "前移化解关口：%s驻村民警和调解员本月内走访在册纠纷当事人，防止矛盾激化为警情。".formatted(e.name()),
                          "Act early in %s: the village officer and mediators visit the parties of every registered dispute this month, before a dispute turns into a police matter."
                              .formatted(e.name()))));
            });
  }

  /**
   * R5 incident-category-rise: a category with at least 10 incidents whose ratio to the same month
   * a year before has its lower 95% limit above 1.
   */
  static void categoryRises(Facts facts, List<Finding> out) {
    for (Comparison c : facts.trends().incidentCategories()) {
      RateRatio rr = c.vsSeasonal();
      if (rr == null || c.current() < MIN_CATEGORY_COUNT || rr.direction() <= 0) {
        continue;
      }
      Text category = Words.incidentCategory(c.key());
      Text measure = CategoryMeasures.of(c.key());
      out.add(
          new Finding(
              "R5-incident-category-rise",
              c.key(),
              category.zh(),
              ratioFigures(c.current(), c.seasonal(), rr),
              new Text(
                  "%s警情%d起，去年同月%d起，比值%s（95%%区间%s），上升显著。"
                      .formatted(
                          category.zh(),
                          c.current(),
                          c.seasonal(),
                          f2(rr.estimate()),
                          interval(rr)),
                  "%s: %d incidents against %d in the same month last year, ratio %s (95%% interval %s), a significant rise."
                      .formatted(
                          category.en(),
                          c.current(),
                          c.seasonal(),
                          f2(rr.estimate()),
                          interval(rr))),
              measure));
    }
  }

  /** R6 dispute-rise: at least 10 disputes opened, significantly more than a year before. */
  static void disputeRise(Facts facts, List<Finding> out) {
    Comparison c = facts.trends().disputeTotal();
    RateRatio rr = c.vsSeasonal();
    if (rr == null || c.current() < MIN_DISPUTE_COUNT || rr.direction() <= 0) {
      return;
    }
    out.add(
        new Finding(
            "R6-dispute-rise",
            "county",
            "全县",
            ratioFigures(c.current(), c.seasonal(), rr),
            new Text(
                "全县新发矛盾纠纷%d起，去年同月%d起，比值%s（95%%区间%s），上升显著。"
                    .formatted(c.current(), c.seasonal(), f2(rr.estimate()), interval(rr)),
                "%d disputes were opened in the county against %d in the same month last year, ratio %s (95%% interval %s), a significant rise."
                    .formatted(c.current(), c.seasonal(), f2(rr.estimate()), interval(rr))),
            new Text(
                "开展矛盾纠纷排查化解专项行动：各派出所会同司法所按村（社区）建立纠纷台账，逐件明确调处责任人和期限。",
                "Run a dispute screening and mediation campaign: each police station, with the justice office, keeps a register per village and names an owner and a deadline for every dispute.")));
  }

  /**
   * R7 supervision-lapses: at least 5 lapses, and lapses per control in force significantly above
   * the reference months (lower 95% limit of the ratio above 1).
   */
  static void supervision(Facts facts, List<Finding> out) {
    MonthlyReport.Supervision s = facts.supervision();
    RateRatio rr = s.vsReference();
    long lapses = s.missedCheckIns() + s.violations();
    if (rr == null || lapses < MIN_LAPSES || rr.direction() <= 0) {
      return;
    }
    out.add(
        new Finding(
            "R7-supervision-lapses",
            "county",
            "全县",
            figures(
                "lapses", lapses,
                "missedCheckIns", s.missedCheckIns(),
                "violations", s.violations(),
                "activeControls", s.activeControls(),
                "lapsesPerControl", round4(s.lapsesPerControl()),
                "referenceLapsesPerControl", round4(s.referenceLapsesPerControl()),
                "ratio", round(rr.estimate()),
                "lower", round(rr.lower()),
                "upper", rr.upper() == null ? null : round(rr.upper())),
            new Text(
                "重点人员管控脱管%d次（漏报到%d次、违规%d次），每名在管人员%s次，参照期%s次，比值%s（95%%区间%s）。"
                    .formatted(
                        lapses,
                        s.missedCheckIns(),
                        s.violations(),
                        f2(s.lapsesPerControl()),
                        f2(s.referenceLapsesPerControl()),
                        f2(rr.estimate()),
                        interval(rr)),
                "%d supervision lapses (%d missed check-ins, %d violations), %s per person under control against %s in the reference months, ratio %s (95%% interval %s)."
                    .formatted(
                        lapses,
                        s.missedCheckIns(),
                        s.violations(),
                        f2(s.lapsesPerControl()),
                        f2(s.referenceLapsesPerControl()),
                        f2(rr.estimate()),
                        interval(rr))),
            new Text(
                "落实重点人员管控责任：社区民警对漏报到人员逐人见面核查，违规人员依法处置，管控民警本月工作纳入执法监督。",
                "Tighten supervision: community officers see every person who missed a check-in, violations are dealt with by law, and the supervising officers' work this month goes to enforcement review.")));
  }

  /** R8 instruction-on-time: fewer than 80% of at least 5 closed instructions closed on time. */
  static void onTime(Facts facts, List<Finding> out) {
    MonthlyReport.Instructions i = facts.instructions();
    if (i.closed() < MIN_CLOSED || i.onTimeRate() == null || i.onTimeRate() >= ON_TIME_TARGET) {
      return;
    }
    out.add(
        new Finding(
            "R8-instruction-on-time",
            "county",
            "全县",
            figures(
                "closed", i.closed(),
                "closedOnTime", i.closedOnTime(),
                "onTimeRate", round4(i.onTimeRate()),
                "target", ON_TIME_TARGET),
            new Text(
                "本月下达指令已办结%d件，其中按期办结%d件，按期办结率%s，低于%s的目标。"
                    .formatted(
                        i.closed(), i.closedOnTime(), pct(i.onTimeRate()), pct(ON_TIME_TARGET)),
                "%d of this month's instructions were closed, %d of them by the deadline: an on-time rate of %s, below the %s target."
                    .formatted(
                        i.closed(), i.closedOnTime(), pct(i.onTimeRate()), pct(ON_TIME_TARGET))),
            new Text(
                "加强指令督办：情指中心对临期指令提前提醒，对超期办结的单位通报并说明原因。",
                "Chase instructions harder: the command hall reminds assignees before deadlines, and units that closed late are named in the bulletin with their reasons.")));
  }

  /** R9 instructions-overdue: any instruction open past its deadline at the report's instant. */
  static void overdue(Facts facts, List<Finding> out) {
    List<DueInstruction> overdue = facts.instructions().overdue();
    if (overdue.isEmpty()) {
      return;
    }
    long oldest = overdue.stream().mapToLong(DueInstruction::hoursOverdue).max().orElse(0);
    out.add(
        new Finding(
            "R9-instructions-overdue",
            "county",
            "全县",
            figures("overdue", (long) overdue.size(), "oldestHoursOverdue", oldest),
            new Text(
                "截至%s，有%d件指令超期未办结，最长超期%d小时。"
                    .formatted(facts.instructions().asOf().toLocalDate(), overdue.size(), oldest),
                "At %s, %d instructions were open past their deadline, the oldest by %d hours."
                    .formatted(facts.instructions().asOf().toLocalDate(), overdue.size(), oldest)),
            new Text(
                "对超期指令逐件督办：责任单位24小时内书面说明进度，情指中心跟踪至办结。",
                "Chase every overdue instruction: the unit explains its progress in writing within 24 hours, and the command hall follows it until it is closed.")));
  }

  private static Text drivers(MonthlyReport.AreaRisk area) {
    List<String> zh = new ArrayList<>();
    List<String> en = new ArrayList<>();
    for (MonthlyReport.Driver d : area.drivers()) {
      Text name = Words.indicator(d.indicator());
      zh.add("%s（%s分）".formatted(name.zh(), f1(d.contribution())));
      en.add("%s (%s points)".formatted(name.en(), f1(d.contribution())));
    }
    if (zh.isEmpty()) {
      return new Text("无突出因素", "none stands out");
    }
    return new Text(String.join("、", zh), String.join(", ", en));
  }

  private static List<String> driverFigures(MonthlyReport.AreaRisk area) {
    return area.drivers().stream().map(d -> d.indicator() + " " + f1(d.contribution())).toList();
  }

  private static List<Finding.Figure> ratioFigures(long current, long seasonal, RateRatio rr) {
    return figures(
        "count",
        current,
        "sameMonthLastYear",
        seasonal,
        "ratio",
        round(rr.estimate()),
        "lower",
        round(rr.lower()),
        "upper",
        rr.upper() == null ? null : round(rr.upper()));
  }

  private static List<Finding.Figure> figures(Object... pairs) {
    List<Finding.Figure> out = new ArrayList<>();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      out.add(new Finding.Figure((String) pairs[i], pairs[i + 1]));
    }
    return out;
  }

  static String interval(RateRatio rr) {
    return f2(rr.lower()) + "–" + (rr.upper() == null ? "∞" : f2(rr.upper()));
  }

  private static Double round(Double value) {
    return value == null ? null : Math.round(value * 100) / 100.0;
  }

  private static Double round4(Double value) {
    return value == null ? null : Math.round(value * 10_000) / 10_000.0;
  }

  static String f1(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  static String f2(Double value) {
    return value == null ? "—" : String.format(Locale.ROOT, "%.2f", value);
  }

  static String f4(double value) {
    return value < 0.0001 ? "<0.0001" : String.format(Locale.ROOT, "%.4f", value);
  }

  static String pct(double value) {
    return String.format(Locale.ROOT, "%.0f%%", value * 100);
  }
}
