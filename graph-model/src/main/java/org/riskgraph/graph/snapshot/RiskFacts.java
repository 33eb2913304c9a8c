package org.riskgraph.graph.snapshot;

import java.util.List;
import org.riskgraph.graph.control.ControlTerm;
import org.riskgraph.graph.control.LapseTally;
import org.riskgraph.graph.dispute.DisputeOutcome;
import org.riskgraph.graph.incident.IncidentTally;
import org.riskgraph.graph.village.VillageMap;

/**
 * What the risk score is computed from: the map, incidents per village, month and severity, each
 * dispute's outcome, the controls still in force and their lapses per month.
 */
public record RiskFacts(
    VillageMap map,
    List<IncidentTally> incidents,
    List<DisputeOutcome> disputes,
    List<ControlTerm> controls,
    List<LapseTally> lapses) {

  public RiskFacts {
    incidents = List.copyOf(incidents);
    disputes = List.copyOf(disputes);
    controls = List.copyOf(controls);
    lapses = List.copyOf(lapses);
  }
}
