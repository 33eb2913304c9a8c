package org.riskgraph.analysis.links;

import static org.riskgraph.graph.entity.EntityKind.INCIDENT;
import static org.riskgraph.graph.entity.EntityKind.PERSON;
import static org.riskgraph.graph.entity.EntityKind.PHONE;
import static org.riskgraph.graph.entity.EntityKind.VEHICLE;
import static org.riskgraph.graph.entity.EntityKind.VILLAGE;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.riskgraph.graph.entity.EntityKind;
import org.riskgraph.graph.entity.EntityRef;
import org.riskgraph.graph.link.LinkType;

/**
 * Small hand-made graphs for the chain tests, kept both as a {@link LinkGraph} and as a plain list
 * of relationships for independent checks.
 */
final class TestGraph {

  static final long OPEN_START = LinkGraph.OPEN_START;
  static final long OPEN_END = LinkGraph.OPEN_END;

  /** One stored relationship. */
  record Rel(LinkType type, EntityRef from, EntityRef to, long start, long end, String qualifier) {}

  final List<Rel> rels = new ArrayList<>();

  static EntityRef person(String key) {
    return new EntityRef(PERSON, key);
  }

  static EntityRef vehicle(String key) {
    return new EntityRef(VEHICLE, key);
  }

  static EntityRef phone(String key) {
    return new EntityRef(PHONE, key);
  }

  static EntityRef incident(String key) {
    return new EntityRef(INCIDENT, key);
  }

  static EntityRef village(String key) {
    return new EntityRef(VILLAGE, key);
  }

  TestGraph knows(String a, String b) {
    return add(LinkType.KNOWS, person(a), person(b), OPEN_START, OPEN_END, "FAMILY");
  }

  TestGraph knowsSince(String a, String b, long since) {
    return add(LinkType.KNOWS, person(a), person(b), since, OPEN_END, "ASSOCIATE");
  }

  TestGraph owns(String person, String plate) {
    return add(LinkType.OWNS, person(person), vehicle(plate), OPEN_START, OPEN_END, null);
  }

  TestGraph uses(String person, String number) {
    return add(LinkType.USES, person(person), phone(number), OPEN_START, OPEN_END, null);
  }

  TestGraph involved(String person, String incident, String role, long at) {
    return add(LinkType.INVOLVED_IN, person(person), incident(incident), at, at, role);
  }

  TestGraph travels(String a, String b, long first, long last) {
    return add(LinkType.TRAVELS_WITH, vehicle(a), vehicle(b), first, last, null);
  }

  TestGraph resides(String person, String village) {
    return add(LinkType.RESIDES_IN, person(person), village(village), OPEN_START, OPEN_END, null);
  }

  TestGraph add(LinkType type, EntityRef from, EntityRef to, long start, long end, String q) {
    rels.add(new Rel(type, from, to, start, end, q));
    return this;
  }

  LinkGraph build() {
    LinkGraphBuilder builder = new LinkGraphBuilder();
    for (Rel rel : rels) {
      EntityKind fromKind = rel.from().kind();
      builder.add(
          rel.type(),
          fromKind,
          rel.from().key(),
          rel.to().kind(),
          rel.to().key(),
          rel.start(),
          rel.end(),
          rel.qualifier());
    }
    return builder.build(Instant.EPOCH);
  }
}
