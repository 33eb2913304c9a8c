package org.riskgraph.analysis.render;

import java.util.List;
import org.riskgraph.analysis.reports.Comparison;
import org.riskgraph.analysis.reports.DailyReport;

/** What {@code templates/daily.html} prints: the report and its chart. */
public record DailyView(DailyReport report, Svg chart, List<String> disputeCounts) {

  static DailyView of(DailyReport r, Texts t) {
    List<Comparison> categories = r.byCategory();
    Svg chart =
        Charts.bars(
            t.msg("daily.chart.title"),
            categories.stream().map(c -> t.word("incident.category", c.key())).toList(),
            List.of(
                new Charts.Series(
                    t.msg("daily.thatDay"),
                    Svg.CURRENT,
                    categories.stream().map(Comparison::current).toList()),
                new Charts.Series(
                    t.msg("daily.dayBefore"),
                    Svg.PREVIOUS,
                    categories.stream().map(Comparison::previous).toList()),
                new Charts.Series(
                    t.msg("daily.aWeekBefore"),
                    Svg.SEASONAL,
                    categories.stream().map(Comparison::seasonal).toList())),
            t);
    List<String> disputeCounts =
        r.disputes().byCategory().stream()
            .filter(c -> c.count() > 0)
            .map(c -> t.word("dispute.category", c.key()) + " " + c.count())
            .toList();
    return new DailyView(r, chart, disputeCounts);
  }
}
