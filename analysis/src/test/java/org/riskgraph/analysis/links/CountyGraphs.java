package org.riskgraph.analysis.links;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.riskgraph.analysis.cotravel.CoTravelPair;
import org.riskgraph.fixtures.County;
import org.riskgraph.graph.dispute.Dispute;
import org.riskgraph.graph.entity.EntityKind;
import org.riskgraph.graph.incident.Incident;
import org.riskgraph.graph.incident.Involvement;
import org.riskgraph.graph.link.LinkType;
import org.riskgraph.graph.person.Knows;
import org.riskgraph.graph.person.Person;
import org.riskgraph.graph.phone.Phone;
import org.riskgraph.graph.vehicle.Vehicle;
import org.riskgraph.graph.village.Adjacency;
import org.riskgraph.graph.village.Village;

/**
 * The relationships of a generated county as the store would hold them, for building the projection
 * without a database (and for independent checks over the same relationships).
 */
public final class CountyGraphs {

  private CountyGraphs() {}

  /** Receives one stored relationship. */
  @FunctionalInterface
  public interface Visitor {
    void visit(
        LinkType type,
        EntityKind fromKind,
        String fromKey,
        EntityKind toKind,
        String toKey,
        long start,
        long end,
        String qualifier);
  }

  public static LinkGraph linkGraph(County county, List<CoTravelPair> coTravel) {
    LinkGraphBuilder builder = new LinkGraphBuilder();
    forEach(county, coTravel, builder::add);
    return builder.build(Instant.EPOCH);
  }

  public static void forEach(County county, List<CoTravelPair> coTravel, Visitor out) {
    long open = LinkGraph.OPEN_START;
    long end = LinkGraph.OPEN_END;
    EntityKind person = EntityKind.PERSON;
    EntityKind village = EntityKind.VILLAGE;
    for (Village v : county.villages()) {
      out.visit(
          LinkType.PART_OF,
          village,
          v.code(),
          EntityKind.TOWNSHIP,
          v.townshipCode(),
          open,
          end,
          null);
    }
    for (Adjacency a : county.adjacency()) {
      out.visit(LinkType.ADJACENT_TO, village, a.a(), village, a.b(), open, end, null);
    }
    county
        .assistants()
        .forEach(
            a ->
                out.visit(
                    LinkType.SERVES,
                    EntityKind.ASSISTANT,
                    a.id(),
                    village,
                    a.villageCode(),
                    open,
                    end,
                    null));
    county
        .checkpoints()
        .forEach(
            c ->
                out.visit(
                    LinkType.LOCATED_IN,
                    EntityKind.CHECKPOINT,
                    c.code(),
                    village,
                    c.villageCode(),
                    open,
                    end,
                    null));
    for (Person p : county.persons()) {
      if (p.villageCode() != null) {
        out.visit(LinkType.RESIDES_IN, person, p.id(), village, p.villageCode(), open, end, null);
      }
    }
    for (Knows k : county.knows()) {
      long since =
          k.since() == null ? open : k.since().atStartOfDay().toEpochSecond(ZoneOffset.ofHours(8));
      out.visit(LinkType.KNOWS, person, k.from(), person, k.to(), since, end, k.kind().name());
    }
    for (Vehicle v : county.vehicles()) {
      if (v.ownerId() != null) {
        out.visit(
            LinkType.OWNS,
            person,
            v.ownerId(),
            EntityKind.VEHICLE,
            v.plate().value(),
            open,
            end,
            null);
      }
    }
    for (Phone p : county.phones()) {
      if (p.userId() != null) {
        out.visit(
            LinkType.USES,
            person,
            p.userId(),
            EntityKind.PHONE,
            p.number().value(),
            open,
            end,
            null);
      }
    }
    Map<String, Long> reported = new HashMap<>();
    for (Incident i : county.incidents()) {
      long at = i.reportedAt().toEpochSecond();
      reported.put(i.id(), at);
      out.visit(
          LinkType.OCCURRED_IN,
          EntityKind.INCIDENT,
          i.id(),
          village,
          i.villageCode(),
          at,
          at,
          null);
    }
    for (Involvement i : county.involvements()) {
      long at = reported.get(i.incidentId());
      if (i.personId() != null) {
        out.visit(
            LinkType.INVOLVED_IN,
            person,
            i.personId(),
            EntityKind.INCIDENT,
            i.incidentId(),
            at,
            at,
            i.role().name());
      } else {
        out.visit(
            LinkType.INVOLVED_IN,
            EntityKind.VEHICLE,
            i.plate().value(),
            EntityKind.INCIDENT,
            i.incidentId(),
            at,
            at,
            i.role().name());
      }
    }
    for (Dispute d : county.disputes()) {
      long at = d.openedAt().toEpochSecond();
      out.visit(
          LinkType.OCCURRED_IN, EntityKind.DISPUTE, d.id(), village, d.villageCode(), at, at, null);
      for (String party : d.partyIds()) {
        out.visit(LinkType.PARTY_TO, person, party, EntityKind.DISPUTE, d.id(), at, at, null);
      }
      if (d.escalatedTo() != null) {
        long escalated = reported.get(d.escalatedTo());
        out.visit(
            LinkType.ESCALATED_TO,
            EntityKind.DISPUTE,
            d.id(),
            EntityKind.INCIDENT,
            d.escalatedTo(),
            escalated,
            escalated,
            null);
      }
    }
    for (CoTravelPair pair : coTravel) {
      out.visit(
          LinkType.TRAVELS_WITH,
          EntityKind.VEHICLE,
          pair.plateA(),
          EntityKind.VEHICLE,
          pair.plateB(),
          seconds(pair.firstAt()),
          seconds(pair.lastAt()),
          null);
    }
  }

  private static long seconds(OffsetDateTime time) {
    return time.toEpochSecond();
  }
}
