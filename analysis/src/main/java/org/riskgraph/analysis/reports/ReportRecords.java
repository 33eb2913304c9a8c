package org.riskgraph.analysis.reports;

import java.util.List;
import java.util.Map;
import org.riskgraph.graph.control.Control;
import org.riskgraph.graph.control.ControlEvent;
import org.riskgraph.graph.dispute.Dispute;
import org.riskgraph.graph.incident.Incident;
import org.riskgraph.graph.incident.Involvement;
import org.riskgraph.graph.instruction.Instruction;
import org.riskgraph.graph.person.Person;
import org.riskgraph.graph.village.Adjacency;
import org.riskgraph.graph.village.Township;
import org.riskgraph.graph.village.Village;

/**
 * The records a county's reports are built from, held in memory (a generated county, a test's own
 * records). {@code villageOfPerson} says where each supervised person lives (a county generated
 * without persons still knows that); {@code persons} may be empty, and then the named reports name
 * persons by id only.
 */
public record ReportRecords(
    List<Township> townships,
    List<Village> villages,
    List<Adjacency> adjacency,
    List<Incident> incidents,
    List<Involvement> involvements,
    List<Person> persons,
    List<Dispute> disputes,
    List<Control> controls,
    List<ControlEvent> controlEvents,
    Map<String, String> villageOfPerson,
    List<Instruction> instructions) {

  public ReportRecords {
    townships = List.copyOf(townships);
    villages = List.copyOf(villages);
    adjacency = List.copyOf(adjacency);
    incidents = List.copyOf(incidents);
    involvements = List.copyOf(involvements);
    persons = List.copyOf(persons);
    disputes = List.copyOf(disputes);
    controls = List.copyOf(controls);
    controlEvents = List.copyOf(controlEvents);
    villageOfPerson = Map.copyOf(villageOfPerson);
    instructions = List.copyOf(instructions);
  }

  /** The same records with these instructions. */
  public ReportRecords withInstructions(List<Instruction> more) {
    return new ReportRecords(
        townships,
        villages,
        adjacency,
        incidents,
        involvements,
        persons,
        disputes,
        controls,
        controlEvents,
        villageOfPerson,
        more);
  }
}
