package org.riskgraph.analysis.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.incident.Incident;
import org.riskgraph.graph.instruction.Instruction;

/** Small counting helpers shared by the report builders. */
final class Events {

  private Events() {}

  static LocalDate day(OffsetDateTime at) {
    return at.atZoneSameInstant(Fields.CHINA).toLocalDate();
  }

  static OffsetDateTime startOf(LocalDate day) {
    return day.atStartOfDay(Fields.CHINA).toOffsetDateTime();
  }

  static OffsetDateTime startOf(YearMonth month) {
    return startOf(month.atDay(1));
  }

  /** The end of the period, or now if that comes first: when open questions are answered. */
  static OffsetDateTime asOf(LocalDate lastDay, java.time.Clock clock) {
    OffsetDateTime end = startOf(lastDay.plusDays(1));
    OffsetDateTime now =
        OffsetDateTime.now(clock).atZoneSameInstant(Fields.CHINA).toOffsetDateTime();
    return now.isBefore(end) ? now : end;
  }

  /** Today in Asia/Shanghai by the clock: the day an analysis is made. */
  static LocalDate today(java.time.Clock clock) {
    return LocalDate.now(clock.withZone(Fields.CHINA));
  }

  static boolean within(OffsetDateTime at, LocalDate from, LocalDate to) {
    LocalDate day = day(at);
    return !day.isBefore(from) && day.isBefore(to);
  }

  static <T> long count(Collection<T> items, Predicate<T> which) {
    return items.stream().filter(which).count();
  }

  static <T> Map<String, Long> countBy(Collection<T> items, Function<T, String> key) {
    Map<String, Long> counts = new HashMap<>();
    for (T item : items) {
      String k = key.apply(item);
      if (k != null) {
        counts.merge(k, 1L, Long::sum);
      }
    }
    return counts;
  }

  static List<Incident> on(List<Incident> incidents, LocalDate from, LocalDate to) {
    return incidents.stream().filter(i -> within(i.reportedAt(), from, to)).toList();
  }

  /** Serious incidents, oldest first: severity 3 and 4. */
  static List<Incident> serious(List<Incident> incidents) {
    List<Incident> serious = new ArrayList<>();
    for (Incident incident : incidents) {
      if (incident.severity() >= DailyReportBuilder.SERIOUS) {
        serious.add(incident);
      }
    }
    serious.sort(Comparator.comparing(Incident::reportedAt).thenComparing(Incident::id));
    return serious;
  }

  static List<SeriousIncident> seriousIncidents(
      List<Incident> incidents, Places places, ReportSource source, boolean named) {
    List<Incident> serious = serious(incidents);
    Map<String, List<Party>> parties = new HashMap<>();
    if (named && !serious.isEmpty()) {
      for (Party party : source.parties(serious.stream().map(Incident::id).toList())) {
        parties.computeIfAbsent(party.incidentId(), k -> new ArrayList<>()).add(party);
      }
      parties.values().forEach(list -> list.sort(Comparator.comparing(Party::personId)));
    }
    return serious.stream()
        .map(
            i ->
                new SeriousIncident(
                    i.id(),
                    i.reportedAt(),
                    i.category(),
                    i.severity(),
                    i.villageCode(),
                    places.villageName(i.villageCode()),
                    places.townshipNameOf(i.villageCode()),
                    i.status(),
                    named ? Optional.ofNullable(i.summary()) : Optional.empty(),
                    named ? parties.getOrDefault(i.id(), List.of()) : List.of()))
        .toList();
  }

  static List<DueInstruction> due(List<Instruction> overdue, OffsetDateTime asOf, boolean named) {
    return overdue.stream()
        .sorted(Comparator.comparing(Instruction::deadline).thenComparing(Instruction::id))
        .map(
            i ->
                new DueInstruction(
                    i.id(),
                    i.assignee(),
                    i.priority().name(),
                    i.state(),
                    i.issuedAt(),
                    i.deadline(),
                    java.time.Duration.between(i.deadline(), asOf).toHours(),
                    named ? Optional.of(i.title()) : Optional.empty()))
        .toList();
  }
}
