package org.riskgraph.graph.incident;

import java.time.YearMonth;

/** How many incidents of a severity a village had in an Asia/Shanghai month. */
public record IncidentTally(String villageCode, YearMonth month, int severity, long count) {}
