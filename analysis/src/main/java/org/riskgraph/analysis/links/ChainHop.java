package org.riskgraph.analysis.links;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.entity.EntityRef;
import org.riskgraph.graph.link.LinkType;

/**
 * One relationship of a chain, walked from {@code from} to {@code to}; {@code reversed} when it is
 * stored the other way round. {@code start}/{@code end} are epoch seconds, open ends as {@link
 * LinkGraph#OPEN_START}/{@link LinkGraph#OPEN_END}.
 */
public record ChainHop(
    EntityRef from,
    EntityRef to,
    LinkType type,
    boolean reversed,
    Optional<String> qualifier,
    long start,
    long end) {

  public EntityRef storedFrom() {
    return reversed ? to : from;
  }

  public EntityRef storedTo() {
    return reversed ? from : to;
  }

  public Optional<OffsetDateTime> startTime() {
    return start == LinkGraph.OPEN_START ? Optional.empty() : Optional.of(time(start));
  }

  public Optional<OffsetDateTime> endTime() {
    return end == LinkGraph.OPEN_END ? Optional.empty() : Optional.of(time(end));
  }

  private static OffsetDateTime time(long second) {
    return Instant.ofEpochSecond(second).atZone(Fields.CHINA).toOffsetDateTime();
  }
}
