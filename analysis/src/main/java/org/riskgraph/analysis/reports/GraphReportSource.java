package org.riskgraph.analysis.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.riskgraph.analysis.hotspot.EventSelection;
import org.riskgraph.analysis.hotspot.HotspotInputs;
import org.riskgraph.analysis.hotspot.HotspotInputsLoader;
import org.riskgraph.graph.control.ControlRepository;
import org.riskgraph.graph.control.VillageSupervision;
import org.riskgraph.graph.dispute.Dispute;
import org.riskgraph.graph.dispute.DisputeRepository;
import org.riskgraph.graph.incident.Incident;
import org.riskgraph.graph.incident.IncidentRepository;
import org.riskgraph.graph.instruction.Instruction;
import org.riskgraph.graph.instruction.InstructionReports;
import org.riskgraph.graph.stats.StatsRepository;
import org.riskgraph.graph.store.GraphStore;
import org.riskgraph.graph.village.Adjacency;
import org.riskgraph.graph.village.Township;
import org.riskgraph.graph.village.Village;
import org.riskgraph.graph.village.VillageRepository;

/**
 * Answers the reports' questions from the graph through graph-model's repositories, one read
 * transaction per question. Days are Asia/Shanghai days ({@link
 * org.riskgraph.graph.common.TimeBounds}).
 */
public final class GraphReportSource implements ReportSource {

  private final VillageRepository villages;
  private final IncidentRepository incidents;
  private final DisputeRepository disputes;
  private final ControlRepository controls;
  private final InstructionReports instructions;
  private final StatsRepository stats;
  private final HotspotInputsLoader hotspots;

  public GraphReportSource(GraphStore store) {
    this.villages = new VillageRepository(store);
    this.incidents = new IncidentRepository(store);
    this.disputes = new DisputeRepository(store);
    this.controls = new ControlRepository(store);
    this.instructions = new InstructionReports(store);
    this.stats = new StatsRepository(store);
    this.hotspots = new HotspotInputsLoader(store);
  }

  @Override
  public List<Township> townships() {
    return villages.townships();
  }

  @Override
  public List<Village> villages() {
    return villages.villages();
  }

  @Override
  public List<Adjacency> adjacency() {
    return villages.adjacency();
  }

  @Override
  public List<Incident> incidents(LocalDate from, LocalDate to) {
    return incidents.reportedBetween(from, to);
  }

  @Override
  public List<Dispute> disputes(LocalDate from, LocalDate to) {
    return disputes.openedBetween(from, to);
  }

  @Override
  public SupervisionCounts supervision(LocalDate from, LocalDate to, LocalDate today) {
    long controlCount = 0;
    long missed = 0;
    long violations = 0;
    List<SupervisionCounts.VillageLapses> lapses = new ArrayList<>();
    for (VillageSupervision row : controls.supervision(from, to, today)) {
      controlCount += row.controls();
      missed += row.missedCheckIns();
      violations += row.violations();
      if (row.villageCode().isPresent() && row.missedCheckIns() + row.violations() > 0) {
        lapses.add(
            new SupervisionCounts.VillageLapses(
                row.villageCode().get(),
                null,
                row.controls(),
                row.missedCheckIns(),
                row.violations()));
      }
    }
    lapses.sort(Comparator.comparing(SupervisionCounts.VillageLapses::villageCode));
    return new SupervisionCounts(controlCount, missed, violations, lapses);
  }

  @Override
  public List<Party> parties(Collection<String> incidentIds) {
    return incidents.parties(incidentIds).stream()
        .map(
            p ->
                new Party(
                    p.incidentId(), p.personId(), p.name(), p.role().map(Enum::name).orElse("")))
        .toList();
  }

  @Override
  public List<Instruction> instructionsIssued(OffsetDateTime from, OffsetDateTime to) {
    return instructions.issued(from, to);
  }

  @Override
  public List<Instruction> instructionsOverdueAt(OffsetDateTime at) {
    return instructions.overdueAt(at);
  }

  @Override
  public HotspotInputs hotspotInputs(EventSelection selection) {
    return hotspots.load(selection);
  }

  @Override
  public Optional<LocalDate> firstDayWithData() {
    return stats.eventSpan().firstDay();
  }

  @Override
  public Optional<LocalDate> lastDayWithData() {
    return stats.eventSpan().lastDay();
  }
}
