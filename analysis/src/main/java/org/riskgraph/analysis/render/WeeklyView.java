package org.riskgraph.analysis.render;

import java.util.List;
import org.riskgraph.analysis.reports.Comparison;
import org.riskgraph.analysis.reports.IsoWeek;
import org.riskgraph.analysis.reports.WeeklyReport;

/** What {@code templates/weekly.html} prints: the report, its week and its three charts. */
public record WeeklyView(
    WeeklyReport report, IsoWeek week, long categoriesUp, Svg days, Svg categories, Svg townships) {

  static WeeklyView of(WeeklyReport r, Texts t) {
    Svg days =
        Charts.bars(
            t.msg("weekly.chart.days"),
            r.days().stream().map(d -> t.weekday(d.day()) + " " + d.day().getDayOfMonth()).toList(),
            List.of(
                new Charts.Series(
                    t.msg("weekly.thisWeek"),
                    Svg.CURRENT,
                    r.days().stream().map(WeeklyReport.DayCount::incidents).toList()),
                new Charts.Series(
                    t.msg("weekly.sameDayLastWeek"),
                    Svg.PREVIOUS,
                    r.days().stream().map(WeeklyReport.DayCount::previousWeek).toList())),
            t);
    Svg categories =
        Charts.forest(
            t.msg("weekly.chart.categories"),
            t.msg("weekly.againstLastWeek"),
            t.msg("weekly.againstLastYear"),
            r.byCategory().stream()
                .map(
                    c ->
                        new Charts.RatioRow(
                            t.word("incident.category", c.key()), c.vsPrevious(), c.vsSeasonal()))
                .toList());
    Svg townships =
        Charts.forest(
            t.msg("weekly.chart.townships"),
            t.msg("weekly.againstLastWeek"),
            t.msg("weekly.againstLastYear"),
            r.byTownship().stream()
                .map(c -> new Charts.RatioRow(c.name(), c.vsPrevious(), c.vsSeasonal()))
                .toList());
    return new WeeklyView(
        r,
        IsoWeek.parse(r.header().period()),
        r.byCategory().stream().filter(WeeklyView::up).count(),
        days,
        categories,
        townships);
  }

  private static boolean up(Comparison c) {
    return c.vsPrevious() != null && c.vsPrevious().direction() > 0;
  }
}
