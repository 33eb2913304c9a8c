package org.riskgraph.analysis.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * What a report covers: its kind, the period as written in the request ({@code 2026-10-14}, {@code
 * 2026-W42}, {@code 2026-10}) and as days ({@code from}..{@code to}, both included), the instant at
 * which open and overdue questions are answered (the end of the period, or now if that is earlier),
 * whether persons are named, and the version of the report rules.
 */
public record ReportHeader(
    ReportKind kind,
    String period,
    LocalDate from,
    LocalDate to,
    OffsetDateTime asOf,
    boolean named,
    String version) {

  /** Bumped whenever a count, a comparison or a finding rule changes meaning. */
  public static final String VERSION = "riskgraph-reports/1";

  public ReportHeader {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(version, "version");
  }
}
