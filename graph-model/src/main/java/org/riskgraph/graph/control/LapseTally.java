package org.riskgraph.graph.control;

import java.time.YearMonth;

/** How many lapses of a kind a control had in an Asia/Shanghai month while it was in force. */
public record LapseTally(String controlId, YearMonth month, ControlEventKind kind, long count) {}
