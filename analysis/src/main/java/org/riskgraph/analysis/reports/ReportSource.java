package org.riskgraph.analysis.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.riskgraph.analysis.hotspot.EventSelection;
import org.riskgraph.analysis.hotspot.HotspotInputs;
import org.riskgraph.analysis.hotspot.HotspotSource;
import org.riskgraph.graph.dispute.Dispute;
import org.riskgraph.graph.incident.Incident;
import org.riskgraph.graph.instruction.Instruction;
import org.riskgraph.graph.village.Adjacency;
import org.riskgraph.graph.village.Township;
import org.riskgraph.graph.village.Village;

/**
 * The facts the reports are built from. Two implementations answer alike for the same data: {@link
 * GraphReportSource} reads the graph, {@link RecordsReportSource} counts records held in memory (a
 * generated county), so that reports at county scale can be built and checked without a database.
 * Days are Asia/Shanghai calendar days; a period {@code [from, to)} includes {@code from} and
 * excludes {@code to}.
 */
public interface ReportSource extends HotspotSource {

  List<Township> townships();

  /** The villages, sorted by code. */
  List<Village> villages();

  List<Adjacency> adjacency();

  /** Incidents reported on the days {@code [from, to)}, oldest first. */
  List<Incident> incidents(LocalDate from, LocalDate to);

  /** Disputes opened on the days {@code [from, to)}, oldest first. */
  List<Dispute> disputes(LocalDate from, LocalDate to);

  /**
   * Controls in force on at least one of the days {@code [from, to)}, and their missed check-ins
   * and violations recorded on those days while the control was in force ({@code
   * ControlRepository.ACTIVE_ON} on the event's own day), per village of the supervised person. A
   * control that ended before {@code today} counts nowhere: an expired control drops out of every
   * analysis at once, as in the risk score's inputs.
   */
  SupervisionCounts supervision(LocalDate from, LocalDate to, LocalDate today);

  /** The persons involved in these incidents, with their names: for the named version only. */
  List<Party> parties(Collection<String> incidentIds);

  /** Instructions issued in {@code [from, to)}. */
  List<Instruction> instructionsIssued(OffsetDateTime from, OffsetDateTime to);

  /** Instructions issued before {@code at}, not closed before it, whose deadline is before it. */
  List<Instruction> instructionsOverdueAt(OffsetDateTime at);

  /** Events of the selection counted per village and month, with the map. */
  @Override
  HotspotInputs hotspotInputs(EventSelection selection);

  /** The first day with an incident or a dispute, if there is any. */
  Optional<LocalDate> firstDayWithData();

  /** The last day with an incident or a dispute, if there is any. */
  Optional<LocalDate> lastDayWithData();

  /** Which earlier periods, starting on these days, the data cover. */
  default Comparison.Coverage coverage(LocalDate previousFrom, LocalDate seasonalFrom) {
    Optional<LocalDate> first = firstDayWithData();
    return new Comparison.Coverage(
        first.map(f -> !previousFrom.isBefore(f)).orElse(false),
        first.map(f -> !seasonalFrom.isBefore(f)).orElse(false));
  }
}
