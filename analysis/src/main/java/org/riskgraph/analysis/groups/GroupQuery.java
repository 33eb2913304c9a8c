package org.riskgraph.analysis.groups;

import java.util.EnumSet;
import java.util.Set;
import org.riskgraph.analysis.links.TimeWindow;
import org.riskgraph.graph.common.InvalidFieldException;
import org.riskgraph.graph.entity.EntityKind;
import org.riskgraph.graph.entity.EntityRef;

/**
 * "Who is in a group with this person?": the persons reachable from {@code seed} through the chosen
 * ties, at most {@code maxSize} of them. A tie through shared things (incidents, disputes, phones,
 * co-travelling vehicles) counts when the two share at least {@code minShared} of them; incidents,
 * disputes and phones with more neighbours than the hub degree are not used unless {@code
 * includeHubs}.
 */
public record GroupQuery(
    EntityRef seed,
    Set<GroupTie> ties,
    int maxSize,
    int minShared,
    TimeWindow window,
    boolean includeHubs) {

  public static final int MAX_SIZE = 500;
  public static final int DEFAULT_SIZE = 200;

  public GroupQuery {
    if (seed == null || seed.kind() != EntityKind.PERSON) {
      throw new InvalidFieldException("seed", seed, "must be a person, e.g. person:P000123");
    }
    if (ties == null || ties.isEmpty()) {
      throw new InvalidFieldException("types", null, "names no tie");
    }
    ties = Set.copyOf(EnumSet.copyOf(ties));
    if (maxSize < 2 || maxSize > MAX_SIZE) {
      throw new InvalidFieldException("maxSize", maxSize, "must be 2.." + MAX_SIZE);
    }
    if (minShared < 1 || minShared > 50) {
      throw new InvalidFieldException("minShared", minShared, "must be 1..50");
    }
    window = window == null ? TimeWindow.ALL : window;
  }

  /** Co-offending: suspects together at least once, up to 200 members, any time. */
  public static GroupQuery coOffending(EntityRef seed) {
    return new GroupQuery(
        seed, Set.of(GroupTie.CO_SUSPECT), DEFAULT_SIZE, 1, TimeWindow.ALL, false);
  }

  public GroupQuery withTies(Set<GroupTie> chosen) {
    return new GroupQuery(seed, chosen, maxSize, minShared, window, includeHubs);
  }

  public GroupQuery withMaxSize(int size) {
    return new GroupQuery(seed, ties, size, minShared, window, includeHubs);
  }

  public GroupQuery withMinShared(int shared) {
    return new GroupQuery(seed, ties, maxSize, shared, window, includeHubs);
  }

  public GroupQuery withWindow(TimeWindow span) {
    return new GroupQuery(seed, ties, maxSize, minShared, span, includeHubs);
  }
}
