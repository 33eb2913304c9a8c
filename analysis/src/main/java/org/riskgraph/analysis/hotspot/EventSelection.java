package org.riskgraph.analysis.hotspot;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.riskgraph.graph.common.InvalidFieldException;

/**
 * Which events to count: a kind, its categories (all of them when none are named) and a run of
 * whole months, {@code from} to {@code to} inclusive, at most {@link #MAX_MONTHS} long. Months are
 * calendar months in Asia/Shanghai. A bad value is refused with an {@link InvalidFieldException}
 * naming the request parameter ({@code from}, {@code to} or {@code categories}).
 */
public record EventSelection(
    EventKind kind, List<String> categories, YearMonth from, YearMonth to) {

  /** The longest period one request may cover. */
  public static final int MAX_MONTHS = 36;

  public EventSelection {
    Objects.requireNonNull(kind, "kind");
    if (from == null) {
      throw new InvalidFieldException("from", null, "is required");
    }
    if (to == null) {
      throw new InvalidFieldException("to", null, "is required");
    }
    if (from.isAfter(to)) {
      throw new InvalidFieldException("from", from, "is after to (" + to + ")");
    }
    long months = from.until(to, ChronoUnit.MONTHS) + 1;
    if (months > MAX_MONTHS) {
      throw new InvalidFieldException(
          "from", from, "gives " + months + " months up to " + to + "; at most " + MAX_MONTHS);
    }
    categories = canonical(kind, categories == null ? List.of() : categories);
  }

  /** The months of the period, oldest first. */
  public List<YearMonth> months() {
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
      months.add(m);
    }
    return months;
  }

  /**
   * Upper-cased, each once, in the enum's order; every category of the kind when none is given, so
   * that a result always says exactly what it counted.
   */
  private static List<String> canonical(EventKind kind, List<String> requested) {
    Set<String> wanted = new LinkedHashSet<>();
    for (String category : requested) {
      String name = category == null ? "" : category.strip().toUpperCase(Locale.ROOT);
      if (!kind.categories().contains(name)) {
        throw new InvalidFieldException(
            "categories",
            category,
            "is not a " + kind.label().toLowerCase(Locale.ROOT) + " category " + kind.categories());
      }
      wanted.add(name);
    }
    if (wanted.isEmpty()) {
      return kind.categories();
    }
    return kind.categories().stream().filter(wanted::contains).toList();
  }
}
