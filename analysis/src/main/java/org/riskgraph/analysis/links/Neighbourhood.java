package org.riskgraph.analysis.links;

import java.util.List;
import java.util.Optional;
import org.riskgraph.graph.entity.EntityRef;
import org.riskgraph.graph.link.LinkType;

/**
 * The neighbourhood of an entity: groups of relationships by type, direction and depth, each with
 * its total and the ones listed; the depth-1 neighbours that were not expanded because they are
 * hubs; whether the expansion stopped at its cap.
 */
public record Neighbourhood(
    EntityRef entity,
    String name,
    int depth,
    List<Group> groups,
    List<EntityRef> notExpanded,
    boolean expansionCapped) {

  public Neighbourhood {
    groups = List.copyOf(groups);
    notExpanded = List.copyOf(notExpanded);
  }

  public enum Direction {
    /** Stored from the entity (or the depth-1 neighbour) outwards. */
    OUT,
    /** Stored towards it. */
    IN
  }

  /**
   * Relationships of one type and direction at one depth: {@code total} of them, {@code items}
   * listed, most recent first (undated first).
   */
  public record Group(
      LinkType type, Direction direction, int depth, long total, List<Neighbour> items) {

    public Group {
      items = List.copyOf(items);
    }

    /** How many were left out ("and 312 more"). */
    public long more() {
      return total - items.size();
    }
  }

  /** One neighbour, the relationship to it, and at depth 2 the depth-1 neighbour it hangs off. */
  public record Neighbour(EntityRef ref, String name, Optional<EntityRef> via, Evidence evidence) {}
}
