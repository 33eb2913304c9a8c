package org.riskgraph.graph.search;

import org.riskgraph.graph.entity.EntityKind;

/** A node whose stored values no longer parse, with the reason. */
public record Unreadable(EntityKind kind, String key, String reason) {}
