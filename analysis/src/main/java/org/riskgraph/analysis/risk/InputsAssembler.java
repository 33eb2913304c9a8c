package org.riskgraph.analysis.risk;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.control.Control;
import org.riskgraph.graph.control.ControlEvent;
import org.riskgraph.graph.control.ControlEventKind;
import org.riskgraph.graph.dispute.Dispute;
import org.riskgraph.graph.dispute.DisputeStatus;
import org.riskgraph.graph.incident.Incident;
import org.riskgraph.graph.village.Adjacency;
import org.riskgraph.graph.village.Township;
import org.riskgraph.graph.village.Village;

/**
 * Turns facts about incidents, disputes and controls into {@link RiskInputs}. The graph loader and
 * the in-memory path both feed it, so the month bucketing, the 30-day rule and the counting of
 * controls are written once. The months covered run from the first to the last month with an
 * incident or a dispute; facts outside them, or about villages not on the map, are left out.
 */
public final class InputsAssembler {

  static final Duration LONG_OPEN = Duration.ofDays(30);

  private final List<Township> townships;
  private final List<Village> villages;
  private final List<Adjacency> adjacency;
  private final Map<String, Integer> villageIndex = new HashMap<>();
  private final List<IncidentCount> incidents = new ArrayList<>();
  private final List<DisputeFact> disputes = new ArrayList<>();
  private final Map<String, ControlFact> controls = new HashMap<>();
  private final List<LapseCount> lapses = new ArrayList<>();

  private record IncidentCount(int village, YearMonth month, int severity, long count) {}

  private record DisputeFact(
      int village,
      OffsetDateTime openedAt,
      Optional<OffsetDateTime> closedAt,
      Optional<YearMonth> escalatedIn) {}

  private record ControlFact(int village, LocalDate startsOn, LocalDate endsOn) {}

  private record LapseCount(String controlId, YearMonth month, ControlEventKind kind, long count) {}

  public InputsAssembler(
      List<Township> townships, List<Village> villages, List<Adjacency> adjacency) {
    this.townships = List.copyOf(townships);
    this.villages =
        villages.stream().sorted(java.util.Comparator.comparing(Village::code)).toList();
    this.adjacency = List.copyOf(adjacency);
    for (int v = 0; v < this.villages.size(); v++) {
      villageIndex.put(this.villages.get(v).code(), v);
    }
  }

  /**
   * Counts every record in memory, every control in the months of its term however long ago it
   * ended: the path for fixtures and tests that look at the data's own time.
   */
  public static RiskInputs fromRecords(
      List<Township> townships,
      List<Village> villages,
      List<Adjacency> adjacency,
      EventRecords records) {
    return fromRecords(townships, villages, adjacency, records, LocalDate.MIN);
  }

  /**
   * Counts every record in memory as of a day: a control that ended before {@code asOf} counts in
   * no month (the same rule as {@link RiskInputsLoader#load(LocalDate)}).
   */
  public static RiskInputs fromRecords(
      List<Township> townships,
      List<Village> villages,
      List<Adjacency> adjacency,
      EventRecords records,
      LocalDate asOf) {
    InputsAssembler assembler = new InputsAssembler(townships, villages, adjacency);
    Map<String, OffsetDateTime> reported = new HashMap<>();
    for (Incident incident : records.incidents()) {
      reported.put(incident.id(), incident.reportedAt());
      assembler.incidents(
          incident.villageCode(), month(incident.reportedAt()), incident.severity(), 1);
    }
    for (Dispute dispute : records.disputes()) {
      assembler.dispute(
          dispute.villageCode(),
          dispute.openedAt(),
          Optional.ofNullable(dispute.resolvedAt()),
          dispute.status(),
          Optional.ofNullable(dispute.escalatedTo()).map(reported::get));
    }
    Map<String, Control> byId = new HashMap<>();
    for (Control control : records.controls()) {
      if (control.endsOn().isBefore(asOf)) {
        continue;
      }
      byId.put(control.id(), control);
      assembler.control(
          control.id(),
          Optional.ofNullable(records.villageOfPerson().get(control.personId())),
          control.startsOn(),
          control.endsOn());
    }
    for (ControlEvent event : records.controlEvents()) {
      Control control = byId.get(event.controlId());
      LocalDate day = event.at().atZoneSameInstant(Fields.CHINA).toLocalDate();
      // the same rule as ControlRepository.ACTIVE_ON: an event outside the term never counts
      if (control != null && control.activeOn(day) && isLapse(event.kind())) {
        assembler.lapses(control.id(), YearMonth.from(day), event.kind(), 1);
      }
    }
    return assembler.build();
  }

  static boolean isLapse(ControlEventKind kind) {
    return kind == ControlEventKind.MISSED_CHECK_IN || kind == ControlEventKind.VIOLATION;
  }

  static YearMonth month(OffsetDateTime at) {
    return YearMonth.from(at.atZoneSameInstant(Fields.CHINA));
  }

  public InputsAssembler incidents(String villageCode, YearMonth month, int severity, long count) {
    if (severity < 1 || severity > 4) {
      throw new IllegalArgumentException("severity must be 1..4: " + severity);
    }
    Integer v = villageIndex.get(villageCode);
    if (v != null && count > 0) {
      incidents.add(new IncidentCount(v, month, severity, count));
    }
    return this;
  }

  /**
   * A dispute. It stops being open at the earliest of its resolution and its escalation; one marked
   * RESOLVED or ESCALATED without a time is taken as closed when it opened, so it never counts as
   * long open.
   */
  public InputsAssembler dispute(
      String villageCode,
      OffsetDateTime openedAt,
      Optional<OffsetDateTime> resolvedAt,
      DisputeStatus status,
      Optional<OffsetDateTime> escalatedAt) {
    Integer v = villageIndex.get(villageCode);
    if (v == null) {
      return this;
    }
    Optional<OffsetDateTime> closedAt = resolvedAt;
    if (escalatedAt.isPresent()
        && (closedAt.isEmpty() || escalatedAt.get().isBefore(closedAt.get()))) {
      closedAt = escalatedAt;
    }
    if (closedAt.isEmpty()
        && (status == DisputeStatus.RESOLVED || status == DisputeStatus.ESCALATED)) {
      closedAt = Optional.of(openedAt);
    }
    disputes.add(new DisputeFact(v, openedAt, closedAt, escalatedAt.map(InputsAssembler::month)));
    return this;
  }

  /** A control; one whose subject has no known village is not counted anywhere. */
  public InputsAssembler control(
      String id, Optional<String> villageCode, LocalDate startsOn, LocalDate endsOn) {
    villageCode
        .map(villageIndex::get)
        .ifPresent(v -> controls.put(id, new ControlFact(v, startsOn, endsOn)));
    return this;
  }

  /**
   * Missed check-ins or violations of a control in a month, already restricted to days the control
   * was in force.
   */
  public InputsAssembler lapses(
      String controlId, YearMonth month, ControlEventKind kind, long count) {
    if (isLapse(kind) && count > 0) {
      lapses.add(new LapseCount(controlId, month, kind, count));
    }
    return this;
  }

  public RiskInputs build() {
    Optional<YearMonth> first = Optional.empty();
    Optional<YearMonth> last = Optional.empty();
    List<YearMonth> seen = new ArrayList<>();
    incidents.forEach(i -> seen.add(i.month()));
    disputes.forEach(d -> seen.add(month(d.openedAt())));
    for (YearMonth month : seen) {
      first = Optional.of(first.filter(f -> f.isBefore(month)).orElse(month));
      last = Optional.of(last.filter(l -> l.isAfter(month)).orElse(month));
    }
    if (first.isEmpty()) {
      return new RiskInputs(townships, villages, adjacency, YearMonth.of(2000, 1), 0, List.of());
    }
    YearMonth start = first.get();
    int months = (int) start.until(last.get(), java.time.temporal.ChronoUnit.MONTHS) + 1;
    Tally tally = new Tally(villages.size(), months);
    for (IncidentCount i : incidents) {
      tally.incidents(i.village(), index(start, months, i.month()), i.severity(), i.count());
    }
    for (DisputeFact d : disputes) {
      tally.newDispute(d.village(), index(start, months, month(d.openedAt())));
      d.escalatedIn().ifPresent(m -> tally.escalation(d.village(), index(start, months, m)));
      for (int t = 0; t < months; t++) {
        ZonedDateTime end = start.plusMonths(t + 1).atDay(1).atStartOfDay(Fields.CHINA);
        boolean longOpen = !d.openedAt().toInstant().isAfter(end.minus(LONG_OPEN).toInstant());
        boolean openAtEnd =
            d.closedAt().map(c -> !c.toInstant().isBefore(end.toInstant())).orElse(true);
        if (longOpen && openAtEnd) {
          tally.longOpen(d.village(), t);
        }
      }
    }
    for (ControlFact c : controls.values()) {
      for (int t = 0; t < months; t++) {
        YearMonth month = start.plusMonths(t);
        if (!c.startsOn().isAfter(month.atEndOfMonth()) && !c.endsOn().isBefore(month.atDay(1))) {
          tally.activeControl(c.village(), t);
        }
      }
    }
    for (LapseCount lapse : lapses) {
      ControlFact control = controls.get(lapse.controlId());
      int t = index(start, months, lapse.month());
      if (control != null) {
        tally.lapse(control.village(), t, lapse.kind(), lapse.count());
      }
    }
    List<VillageMonth> counts = new ArrayList<>(villages.size() * months);
    for (int v = 0; v < villages.size(); v++) {
      for (int t = 0; t < months; t++) {
        counts.add(tally.villageMonth(villages.get(v).code(), start.plusMonths(t), v, t));
      }
    }
    return new RiskInputs(townships, villages, adjacency, start, months, counts);
  }

  private static int index(YearMonth start, int months, YearMonth month) {
    long t = start.until(month, java.time.temporal.ChronoUnit.MONTHS);
    return t >= 0 && t < months ? (int) t : -1;
  }
}
