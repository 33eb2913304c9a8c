package org.riskgraph.analysis.reports;

import java.util.List;
import java.util.Objects;

/**
 * One finding of the monthly report and the measure it recommends, made by a written rule ({@code
 * rule}, listed with its thresholds in docs/reports.md) from the report's own numbers; {@code
 * numbers} are the values that triggered it.
 *
 * @param subject what the finding is about: an area code, a category, or {@code county}
 */
public record Finding(
    String rule,
    String subject,
    String subjectName,
    List<Figure> numbers,
    Text finding,
    Text measure) {

  public Finding {
    Objects.requireNonNull(rule, "rule");
    numbers = List.copyOf(numbers);
    Objects.requireNonNull(finding, "finding");
    Objects.requireNonNull(measure, "measure");
  }

  /** A named number: {@code score = 83.2}. */
  public record Figure(String name, Object value) {}
}
