package org.riskgraph.analysis.links;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.common.InvalidFieldException;

/**
 * The span a query looks at. A dated relationship counts when its time (or span) meets the window;
 * an undated one always counts. Either end may be open.
 */
public record TimeWindow(Optional<OffsetDateTime> since, Optional<OffsetDateTime> until) {

  public static final TimeWindow ALL = new TimeWindow(Optional.empty(), Optional.empty());

  public TimeWindow {
    if (since.isPresent() && until.isPresent() && since.get().isAfter(until.get())) {
      throw new InvalidFieldException("until", until.get(), "is before since");
    }
  }

  /**
   * Reads the request parameters: ISO dates or date-times, Asia/Shanghai when no offset is given; a
   * date for {@code until} means the end of that day.
   */
  public static TimeWindow parse(String since, String until) {
    OffsetDateTime from = Fields.optionalDateTime("since", since);
    OffsetDateTime to = Fields.optionalDateTime("until", until);
    if (to != null && until.strip().length() == 10) {
      to = to.plusDays(1).minusSeconds(1);
    }
    return new TimeWindow(Optional.ofNullable(from), Optional.ofNullable(to));
  }

  public boolean open() {
    return since.isEmpty() && until.isEmpty();
  }

  /** Epoch second of the start, or {@link Long#MIN_VALUE} when open. */
  public long sinceSecond() {
    return since.map(OffsetDateTime::toEpochSecond).orElse(Long.MIN_VALUE);
  }

  /** Epoch second of the end, or {@link Long#MAX_VALUE} when open. */
  public long untilSecond() {
    return until.map(OffsetDateTime::toEpochSecond).orElse(Long.MAX_VALUE);
  }

  /** Whether a span (open ends as {@code MIN}/{@code MAX}) meets the window. */
  public boolean meets(long start, long end) {
    return end >= sinceSecond() && start <= untilSecond();
  }
}
