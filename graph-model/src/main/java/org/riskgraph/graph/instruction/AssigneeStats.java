package org.riskgraph.graph.instruction;

import java.util.Optional;

/**
 * How one assignee (or everyone, as {@code *}) handled the instructions issued in a month.
 *
 * @param closureRate closed / issued
 * @param onTimeRate closed by the deadline / closed
 * @param medianHoursToClose from issue to closing, over those closed
 */
public record AssigneeStats(
    String assignee,
    long issued,
    long closed,
    long closedOnTime,
    long overdue,
    Optional<Double> closureRate,
    Optional<Double> onTimeRate,
    Optional<Double> medianHoursToClose) {}
