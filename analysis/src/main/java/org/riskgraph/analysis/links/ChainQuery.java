package org.riskgraph.analysis.links;

import java.util.EnumSet;
import java.util.Set;
import org.riskgraph.graph.common.InvalidFieldException;
import org.riskgraph.graph.entity.EntityRef;
import org.riskgraph.graph.link.LinkType;

/**
 * "How is {@code from} connected to {@code to}?": up to {@code limit} shortest simple chains of at
 * most {@code maxHops} relationships of the given types, meeting the time window; with {@code
 * temporal}, each dated hop no earlier than the dated hop before it; with {@code includeHubs},
 * through villages, townships, checkpoints and high-degree nodes too. Field names are the request
 * parameters', so a bad value names the parameter to fix.
 */
public record ChainQuery(
    EntityRef from,
    EntityRef to,
    int maxHops,
    int limit,
    Set<LinkType> types,
    TimeWindow window,
    boolean temporal,
    boolean includeHubs) {

  public static final int MAX_HOPS = 8;
  public static final int DEFAULT_HOPS = 6;
  public static final int MAX_LIMIT = 20;
  public static final int DEFAULT_LIMIT = 5;

  public ChainQuery {
    if (from == null) {
      throw new InvalidFieldException("from", null, "is required");
    }
    if (to == null) {
      throw new InvalidFieldException("to", null, "is required");
    }
    if (from.equals(to)) {
      throw new InvalidFieldException("to", to, "is the same entity as from");
    }
    if (maxHops < 1 || maxHops > MAX_HOPS) {
      throw new InvalidFieldException("maxHops", maxHops, "must be 1.." + MAX_HOPS);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidFieldException("limit", limit, "must be 1.." + MAX_LIMIT);
    }
    if (types == null || types.isEmpty()) {
      throw new InvalidFieldException("types", null, "names no relationship type");
    }
    for (LinkType type : types) {
      if (!type.chain()) {
        throw new InvalidFieldException("types", type, "cannot be used in chains");
      }
    }
    types = Set.copyOf(EnumSet.copyOf(types));
    window = window == null ? TimeWindow.ALL : window;
  }

  /** Defaults: six hops, five chains, every chain type, any time, hubs not passed through. */
  public static ChainQuery between(EntityRef from, EntityRef to) {
    return new ChainQuery(
        from, to, DEFAULT_HOPS, DEFAULT_LIMIT, LinkType.chainTypes(), TimeWindow.ALL, false, false);
  }

  public ChainQuery withMaxHops(int hops) {
    return new ChainQuery(from, to, hops, limit, types, window, temporal, includeHubs);
  }

  public ChainQuery withLimit(int chains) {
    return new ChainQuery(from, to, maxHops, chains, types, window, temporal, includeHubs);
  }

  public ChainQuery withTypes(Set<LinkType> chosen) {
    return new ChainQuery(from, to, maxHops, limit, chosen, window, temporal, includeHubs);
  }

  public ChainQuery withWindow(TimeWindow span) {
    return new ChainQuery(from, to, maxHops, limit, types, span, temporal, includeHubs);
  }

  public ChainQuery withTemporal(boolean ordered) {
    return new ChainQuery(from, to, maxHops, limit, types, window, ordered, includeHubs);
  }

  public ChainQuery withHubs(boolean passThrough) {
    return new ChainQuery(from, to, maxHops, limit, types, window, temporal, passThrough);
  }
}
