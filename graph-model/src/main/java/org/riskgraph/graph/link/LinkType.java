package org.riskgraph.graph.link;

import static org.riskgraph.graph.entity.EntityKind.ASSISTANT;
import static org.riskgraph.graph.entity.EntityKind.CHECKPOINT;
import static org.riskgraph.graph.entity.EntityKind.CONTROL;
import static org.riskgraph.graph.entity.EntityKind.CONTROL_EVENT;
import static org.riskgraph.graph.entity.EntityKind.DISPUTE;
import static org.riskgraph.graph.entity.EntityKind.INCIDENT;
import static org.riskgraph.graph.entity.EntityKind.OFFICER;
import static org.riskgraph.graph.entity.EntityKind.PERSON;
import static org.riskgraph.graph.entity.EntityKind.PHONE;
import static org.riskgraph.graph.entity.EntityKind.TOWNSHIP;
import static org.riskgraph.graph.entity.EntityKind.VEHICLE;
import static org.riskgraph.graph.entity.EntityKind.VILLAGE;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.riskgraph.graph.common.InvalidFieldException;
import org.riskgraph.graph.control.ControlRepository;

/**
 * The relationship types the link analyses know, each with the shapes it is stored in (DESIGN.md,
 * "The graph"). Chain types are those the in-memory projection holds; the others (sightings,
 * supervision, duplicate suggestions) are shown in neighbourhoods only.
 */
public enum LinkType {
  KNOWS(true, Shape.undated(PERSON, PERSON).qualifiedBy("kind").spanning(Times.SINCE, "null")),
  OWNS(true, Shape.undated(PERSON, VEHICLE)),
  USES(true, Shape.undated(PERSON, PHONE)),
  INVOLVED_IN(
      true,
      Shape.at(PERSON, INCIDENT, "b.reportedAt").qualifiedBy("role"),
      Shape.at(VEHICLE, INCIDENT, "b.reportedAt").qualifiedBy("role")),
  PARTY_TO(true, Shape.at(PERSON, DISPUTE, "b.openedAt")),
  ESCALATED_TO(true, Shape.at(DISPUTE, INCIDENT, "b.reportedAt")),
  TRAVELS_WITH(true, Shape.undated(VEHICLE, VEHICLE).spanning("r.firstAt", "r.lastAt")),
  RESIDES_IN(true, Shape.undated(PERSON, VILLAGE)),
  LOCATED_IN(true, Shape.undated(CHECKPOINT, VILLAGE)),
  SERVES(true, Shape.undated(ASSISTANT, VILLAGE)),
  OCCURRED_IN(
      true, Shape.at(INCIDENT, VILLAGE, "a.reportedAt"), Shape.at(DISPUTE, VILLAGE, "a.openedAt")),
  PART_OF(true, Shape.undated(VILLAGE, TOWNSHIP)),
  ADJACENT_TO(true, Shape.undated(VILLAGE, VILLAGE)),
  SEEN_AT(false, Shape.at(VEHICLE, CHECKPOINT, "r.at")),
  SUBJECT_OF(
      false,
      Shape.undated(PERSON, CONTROL)
          .spanning(Times.date("b.startsOn"), Times.endOfDay("b.endsOn"))
          .when(Times.active("b"))),
  SUPERVISED_BY(false, Shape.undated(CONTROL, OFFICER).when(Times.active("a"))),
  RECORDED(false, Shape.at(CONTROL, CONTROL_EVENT, "b.at").when(Times.active("a"))),
  POSSIBLY_SAME_AS(false, Shape.undated(PERSON, PERSON));

  private final boolean chain;
  private final List<Shape> shapes;

  LinkType(boolean chain, Shape... shapes) {
    this.chain = chain;
    this.shapes = List.of(shapes);
  }

  /** Whether chains may use it, i.e. the projection holds it. */
  public boolean chain() {
    return chain;
  }

  public List<Shape> shapes() {
    return shapes;
  }

  /** Whether both ends are of one kind, so that it is read in both directions. */
  public boolean symmetric() {
    return shapes.size() == 1 && shapes.getFirst().from() == shapes.getFirst().to();
  }

  public static Set<LinkType> chainTypes() {
    EnumSet<LinkType> types = EnumSet.noneOf(LinkType.class);
    Arrays.stream(values()).filter(LinkType::chain).forEach(types::add);
    return types;
  }

  /**
   * Parses a list such as {@code KNOWS,OWNS} (commas or {@code |}); blank means {@code all}.
   *
   * @param field the request parameter to blame
   * @param chainsOnly whether only chain types are accepted
   */
  public static Set<LinkType> parse(String field, String text, boolean chainsOnly) {
    Set<LinkType> all = chainsOnly ? chainTypes() : EnumSet.allOf(LinkType.class);
    if (text == null || text.isBlank()) {
      return all;
    }
    EnumSet<LinkType> types = EnumSet.noneOf(LinkType.class);
    for (String part : text.split("[,|]")) {
      String name = part.strip().toUpperCase(Locale.ROOT);
      if (name.isEmpty()) {
        continue;
      }
      LinkType type =
          Arrays.stream(values())
              .filter(t -> t.name().equals(name))
              .findFirst()
              .orElseThrow(
                  () -> new InvalidFieldException(field, part, "is not a relationship type"));
      if (!all.contains(type)) {
        throw new InvalidFieldException(field, part, "cannot be used here");
      }
      types.add(type);
    }
    if (types.isEmpty()) {
      throw new InvalidFieldException(field, text, "names no relationship type");
    }
    return types;
  }

  /** Cypher expressions shared by the shapes. */
  static final class Times {

    static final String SINCE = date("r.since");

    private Times() {}

    static String date(String property) {
      return "CASE WHEN "
          + property
          + " IS NULL THEN null ELSE datetime({date: "
          + property
          + ", timezone: '+08:00'}) END";
    }

    static String endOfDay(String property) {
      return "CASE WHEN "
          + property
          + " IS NULL THEN null ELSE datetime({date: "
          + property
          + ", timezone: '+08:00'}) + duration({days: 1}) - duration({seconds: 1}) END";
    }

    /** The control on {@code variable} is in force on {@code $day}: one shared predicate. */
    static String active(String variable) {
      return ControlRepository.ACTIVE_ON.replace("c.", variable + ".");
    }
  }
}
