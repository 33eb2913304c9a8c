package org.riskgraph.analysis.hotspot;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.riskgraph.graph.dispute.DisputeCategory;
import org.riskgraph.graph.incident.IncidentCategory;

/**
 * The events a hotspot map counts, with the time field that places an event in a month and the
 * closed set of categories it may be filtered by.
 */
public enum EventKind {
  /** Disputes between residents, placed in the month they were opened. */
  DISPUTES("Dispute", "openedAt", names(DisputeCategory.values())),
  /** Reported incidents (警情), placed in the month they were reported. */
  INCIDENTS("Incident", "reportedAt", names(IncidentCategory.values()));

  private final String label;
  private final String timeField;
  private final List<String> categories;

  EventKind(String label, String timeField, List<String> categories) {
    this.label = label;
    this.timeField = timeField;
    this.categories = categories;
  }

  /** The node label of the events in the graph. */
  public String label() {
    return label;
  }

  /** The date-time property that decides an event's month. */
  public String timeField() {
    return timeField;
  }

  /** Every category of the kind, in the order of its enum. */
  public List<String> categories() {
    return categories;
  }

  /** The lower-case name used in URLs and method descriptions: {@code disputes}. */
  public String text() {
    return name().toLowerCase(Locale.ROOT);
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }
}
