package org.riskgraph.analysis.risk;

import java.util.List;
import java.util.Map;

/**
 * The event records of a county held in memory (e.g. a generated fixture county), with the village
 * each supervised person lives in: what {@link InputsAssembler#fromRecords} counts.
 */
public record EventRecords(
    List<org.riskgraph.graph.incident.Incident> incidents,
    List<org.riskgraph.graph.dispute.Dispute> disputes,
    List<org.riskgraph.graph.control.Control> controls,
    List<org.riskgraph.graph.control.ControlEvent> controlEvents,
    Map<String, String> villageOfPerson) {

  public EventRecords {
    incidents = List.copyOf(incidents);
    disputes = List.copyOf(disputes);
    controls = List.copyOf(controls);
    controlEvents = List.copyOf(controlEvents);
    villageOfPerson = Map.copyOf(villageOfPerson);
  }
}
