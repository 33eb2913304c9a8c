package org.riskgraph.analysis.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.riskgraph.analysis.hotspot.AreaMap;
import org.riskgraph.analysis.hotspot.EventKind;
import org.riskgraph.analysis.hotspot.EventSelection;
import org.riskgraph.analysis.hotspot.HotspotInputs;
import org.riskgraph.analysis.risk.EventRecords;
import org.riskgraph.analysis.risk.InputsAssembler;
import org.riskgraph.analysis.risk.RiskInputs;
import org.riskgraph.graph.control.Control;
import org.riskgraph.graph.control.ControlEvent;
import org.riskgraph.graph.control.ControlEventKind;
import org.riskgraph.graph.dispute.Dispute;
import org.riskgraph.graph.incident.Incident;
import org.riskgraph.graph.incident.Involvement;
import org.riskgraph.graph.instruction.Instruction;
import org.riskgraph.graph.person.Person;
import org.riskgraph.graph.village.Adjacency;
import org.riskgraph.graph.village.Township;
import org.riskgraph.graph.village.Village;

/**
 * Answers the reports' questions by counting records in memory, with the same rules as {@link
 * GraphReportSource}: Asia/Shanghai days, events placed in the village they occurred in, controls
 * and lapses by {@code Control.activeOn} (the in-memory twin of {@code
 * ControlRepository.ACTIVE_ON}).
 */
public final class RecordsReportSource implements ReportSource {

  private final ReportRecords records;
  private final List<Incident> incidents;
  private final List<Dispute> disputes;
  private final Set<String> villageCodes = new HashSet<>();

  public RecordsReportSource(ReportRecords records) {
    this.records = records;
    records.villages().forEach(v -> villageCodes.add(v.code()));
    this.incidents =
        records.incidents().stream()
            .filter(i -> villageCodes.contains(i.villageCode()))
            .sorted(Comparator.comparing(Incident::reportedAt).thenComparing(Incident::id))
            .toList();
    this.disputes =
        records.disputes().stream()
            .filter(d -> villageCodes.contains(d.villageCode()))
            .sorted(Comparator.comparing(Dispute::openedAt).thenComparing(Dispute::id))
            .toList();
  }

  /**
   * The risk inputs of the same records as of a day, as the risk score's in-memory path counts them
   * (a control that ended before that day counts in no month).
   */
  public RiskInputs riskInputs(LocalDate today) {
    return InputsAssembler.fromRecords(
        records.townships(),
        records.villages(),
        records.adjacency(),
        new EventRecords(
            records.incidents(),
            records.disputes(),
            records.controls(),
            records.controlEvents(),
            records.villageOfPerson()),
        today);
  }

  @Override
  public List<Township> townships() {
    return records.townships().stream().sorted(Comparator.comparing(Township::code)).toList();
  }

  @Override
  public List<Village> villages() {
    return records.villages().stream().sorted(Comparator.comparing(Village::code)).toList();
  }

  @Override
  public List<Adjacency> adjacency() {
    return records.adjacency();
  }

  @Override
  public List<Incident> incidents(LocalDate from, LocalDate to) {
    return incidents.stream().filter(i -> Events.within(i.reportedAt(), from, to)).toList();
  }

  @Override
  public List<Dispute> disputes(LocalDate from, LocalDate to) {
    return disputes.stream().filter(d -> Events.within(d.openedAt(), from, to)).toList();
  }

  @Override
  public SupervisionCounts supervision(LocalDate from, LocalDate to, LocalDate today) {
    Map<String, Control> active = new HashMap<>();
    LocalDate last = to.minusDays(1);
    for (Control control : records.controls()) {
      if (!control.startsOn().isAfter(last)
          && !control.endsOn().isBefore(from)
          && !control.endsOn().isBefore(today)) {
        active.put(control.id(), control);
      }
    }
    Map<String, long[]> byVillage = new TreeMap<>();
    long missed = 0;
    long violations = 0;
    for (Control control : active.values()) {
      String village = records.villageOfPerson().get(control.personId());
      if (village != null) {
        byVillage.computeIfAbsent(village, v -> new long[3])[0]++;
      }
    }
    for (ControlEvent event : records.controlEvents()) {
      Control control = active.get(event.controlId());
      LocalDate day = Events.day(event.at());
      if (control == null
          || day.isBefore(from)
          || !day.isBefore(to)
          || !control.activeOn(day)
          || (event.kind() != ControlEventKind.MISSED_CHECK_IN
              && event.kind() != ControlEventKind.VIOLATION)) {
        continue;
      }
      boolean violation = event.kind() == ControlEventKind.VIOLATION;
      if (violation) {
        violations++;
      } else {
        missed++;
      }
      String village = records.villageOfPerson().get(control.personId());
      if (village != null) {
        byVillage.computeIfAbsent(village, v -> new long[3])[violation ? 2 : 1]++;
      }
    }
    List<SupervisionCounts.VillageLapses> villages = new ArrayList<>();
    byVillage.forEach(
        (code, c) -> {
          if (c[1] + c[2] > 0) {
            villages.add(new SupervisionCounts.VillageLapses(code, null, c[0], c[1], c[2]));
          }
        });
    return new SupervisionCounts(active.size(), missed, violations, villages);
  }

  @Override
  public List<Party> parties(Collection<String> incidentIds) {
    Set<String> wanted = new HashSet<>(incidentIds);
    Map<String, String> names = new HashMap<>();
    for (Person person : records.persons()) {
      names.put(person.id(), person.name());
    }
    List<Party> parties = new ArrayList<>();
    for (Involvement involvement : records.involvements()) {
      if (involvement.personId() != null && wanted.contains(involvement.incidentId())) {
        parties.add(
            new Party(
                involvement.incidentId(),
                involvement.personId(),
                names.getOrDefault(involvement.personId(), involvement.personId()),
                involvement.role().name()));
      }
    }
    return parties;
  }

  @Override
  public List<Instruction> instructionsIssued(OffsetDateTime from, OffsetDateTime to) {
    return records.instructions().stream()
        .filter(i -> !i.issuedAt().isBefore(from) && i.issuedAt().isBefore(to))
        .toList();
  }

  @Override
  public List<Instruction> instructionsOverdueAt(OffsetDateTime at) {
    return records.instructions().stream()
        .filter(i -> i.issuedAt().isBefore(at))
        .filter(i -> i.deadline().isBefore(at))
        .filter(i -> i.closedAt().map(c -> !c.isBefore(at)).orElse(true))
        .toList();
  }

  @Override
  public HotspotInputs hotspotInputs(EventSelection selection) {
    SortedMap<YearMonth, Map<String, Long>> counts = new TreeMap<>();
    selection.months().forEach(m -> counts.put(m, new HashMap<>()));
    Set<String> categories = new TreeSet<>(selection.categories());
    if (selection.kind() == EventKind.DISPUTES) {
      for (Dispute dispute : disputes) {
        count(counts, dispute.openedAt(), dispute.villageCode(), categories, dispute.category());
      }
    } else {
      for (Incident incident : incidents) {
        count(
            counts, incident.reportedAt(), incident.villageCode(), categories, incident.category());
      }
    }
    return new HotspotInputs(
        AreaMap.fromVillages(records.villages(), records.adjacency()), selection, counts);
  }

  private static void count(
      SortedMap<YearMonth, Map<String, Long>> counts,
      OffsetDateTime at,
      String village,
      Set<String> categories,
      Enum<?> category) {
    Map<String, Long> month = counts.get(YearMonth.from(Events.day(at)));
    if (month != null && categories.contains(category.name())) {
      month.merge(village, 1L, Long::sum);
    }
  }

  @Override
  public Optional<LocalDate> firstDayWithData() {
    Optional<LocalDate> incident =
        incidents.stream().findFirst().map(i -> Events.day(i.reportedAt()));
    Optional<LocalDate> dispute = disputes.stream().findFirst().map(d -> Events.day(d.openedAt()));
    return earlier(incident, dispute);
  }

  @Override
  public Optional<LocalDate> lastDayWithData() {
    Optional<LocalDate> incident =
        incidents.isEmpty()
            ? Optional.empty()
            : Optional.of(Events.day(incidents.getLast().reportedAt()));
    Optional<LocalDate> dispute =
        disputes.isEmpty()
            ? Optional.empty()
            : Optional.of(Events.day(disputes.getLast().openedAt()));
    if (incident.isEmpty()) {
      return dispute;
    }
    if (dispute.isEmpty()) {
      return incident;
    }
    return Optional.of(incident.get().isAfter(dispute.get()) ? incident.get() : dispute.get());
  }

  private static Optional<LocalDate> earlier(Optional<LocalDate> a, Optional<LocalDate> b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    return Optional.of(a.get().isBefore(b.get()) ? a.get() : b.get());
  }
}
