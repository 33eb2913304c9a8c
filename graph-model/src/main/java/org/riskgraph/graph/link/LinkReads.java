package org.riskgraph.graph.link;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.riskgraph.graph.entity.EntityKind;
import org.riskgraph.graph.entity.EntityRef;

/**
 * Reads inside one read transaction that {@link LinkRepository#inOneRead} has opened: a caller
 * whose next question depends on the last answer (a neighbourhood's second ring) asks them all of
 * one snapshot.
 */
public interface LinkReads {

  /** The stored names of the refs that exist; a ref missing from the answer is not stored. */
  Map<EntityRef, Optional<String>> names(Collection<EntityRef> refs);

  /**
   * The relationships of one type, in one of its shapes, around each anchor: outgoing ones when the
   * anchors are the shape's {@code from} kind, else incoming. Per anchor, the newest {@code limit}
   * within the window (undated first, then newest, then by the other end's key) with the total,
   * never back to the seed.
   *
   * @param seed the neighbourhood's centre, never listed as a neighbour
   * @param day controls in force on this day only
   */
  List<Neighbour> around(
      EntityRef seed,
      LinkType type,
      Shape shape,
      boolean outgoing,
      List<String> anchors,
      Optional<OffsetDateTime> since,
      Optional<OffsetDateTime> until,
      LocalDate day,
      int limit);

  /** The anchors' kind of a shape read {@code outgoing} or not. */
  static EntityKind anchorKind(Shape shape, boolean outgoing) {
    return outgoing ? shape.from() : shape.to();
  }
}
