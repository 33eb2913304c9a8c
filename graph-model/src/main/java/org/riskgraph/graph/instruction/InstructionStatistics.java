package org.riskgraph.graph.instruction;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.math3.stat.descriptive.rank.Median;

/** Closure and on-time rates per assignee, and for everyone as {@code *}. */
final class InstructionStatistics {

  static final String EVERYONE = "*";

  private InstructionStatistics() {}

  static List<AssigneeStats> byAssignee(List<Instruction> instructions, OffsetDateTime now) {
    Map<String, List<Instruction>> groups = new TreeMap<>();
    for (Instruction instruction : instructions) {
      groups.computeIfAbsent(instruction.assignee(), a -> new ArrayList<>()).add(instruction);
    }
    List<AssigneeStats> stats = new ArrayList<>();
    stats.add(of(EVERYONE, instructions, now));
    groups.forEach((assignee, group) -> stats.add(of(assignee, group, now)));
    return stats;
  }

  static AssigneeStats of(String assignee, List<Instruction> group, OffsetDateTime now) {
    long issued = group.size();
    List<Instruction> closed = group.stream().filter(i -> i.closedAt().isPresent()).toList();
    long onTime = closed.stream().filter(Instruction::closedOnTime).count();
    long overdue = group.stream().filter(i -> i.overdueAt(now)).count();
    double[] hours =
        closed.stream()
            .mapToDouble(
                i -> Duration.between(i.issuedAt(), i.closedAt().orElseThrow()).toMinutes() / 60.0)
            .toArray();
    return new AssigneeStats(
        assignee,
        issued,
        closed.size(),
        onTime,
        overdue,
        issued == 0 ? Optional.empty() : Optional.of((double) closed.size() / issued),
        closed.isEmpty() ? Optional.empty() : Optional.of((double) onTime / closed.size()),
        hours.length == 0 ? Optional.empty() : Optional.of(new Median().evaluate(hours)));
  }
}
