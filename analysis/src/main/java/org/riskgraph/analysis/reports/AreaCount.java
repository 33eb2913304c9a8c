package org.riskgraph.analysis.reports;

/** A count for a village, a township or a category. */
public record AreaCount(String key, String name, long count) {}
