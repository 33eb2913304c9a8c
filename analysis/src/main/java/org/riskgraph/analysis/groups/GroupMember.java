package org.riskgraph.analysis.groups;

import org.riskgraph.graph.entity.EntityRef;

/**
 * A member and how central it is in the group: {@code degree} is the number of members it is tied
 * to, {@code betweenness} the share of shortest paths between other members that pass through it
 * (normalised to 0..1).
 */
public record GroupMember(EntityRef ref, int degree, double betweenness, boolean cutMember) {}
