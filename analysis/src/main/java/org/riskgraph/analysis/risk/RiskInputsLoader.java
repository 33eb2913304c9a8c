package org.riskgraph.analysis.risk;

import java.time.LocalDate;
import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.snapshot.RiskFacts;
import org.riskgraph.graph.snapshot.RiskFactsReader;
import org.riskgraph.graph.store.GraphStore;

/**
 * Reads what the risk score needs from the graph in one read transaction ({@link RiskFactsReader}):
 * the map, incidents counted per village, month and severity, each dispute with its resolution and
 * escalation time, each control with its subject's village, and the missed check-ins and violations
 * of each control per month on days the control was in force. Months are those of Asia/Shanghai.
 */
public final class RiskInputsLoader {

  private final RiskFactsReader reader;

  public RiskInputsLoader(GraphStore store) {
    this(new RiskFactsReader(store));
  }

  public RiskInputsLoader(RiskFactsReader reader) {
    this.reader = reader;
  }

  /** The inputs as of today: controls that have ended count in no month at all. */
  public RiskInputs load() {
    return load(LocalDate.now(Fields.CHINA));
  }

  /**
   * The inputs as of a day. A control that ended before {@code asOf} is out of every month — an
   * expired control drops out of every analysis at once (DESIGN.md); one still in force counts in
   * the months of its term.
   */
  public RiskInputs load(LocalDate asOf) {
    return assemble(reader.read(asOf));
  }

  static RiskInputs assemble(RiskFacts facts) {
    InputsAssembler assembler =
        new InputsAssembler(
            facts.map().townships(), facts.map().villages(), facts.map().adjacency());
    facts
        .incidents()
        .forEach(i -> assembler.incidents(i.villageCode(), i.month(), i.severity(), i.count()));
    facts
        .disputes()
        .forEach(
            d ->
                assembler.dispute(
                    d.villageCode(), d.openedAt(), d.resolvedAt(), d.status(), d.escalatedAt()));
    facts
        .controls()
        .forEach(c -> assembler.control(c.controlId(), c.villageCode(), c.startsOn(), c.endsOn()));
    facts.lapses().forEach(l -> assembler.lapses(l.controlId(), l.month(), l.kind(), l.count()));
    return assembler.build();
  }
}
