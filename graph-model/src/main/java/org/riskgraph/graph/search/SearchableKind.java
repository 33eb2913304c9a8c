package org.riskgraph.graph.search;

import java.util.Optional;
import java.util.function.Function;
import org.neo4j.driver.Record;
import org.riskgraph.graph.common.StoredValues;
import org.riskgraph.graph.dispute.DisputeCategory;
import org.riskgraph.graph.entity.EntityKind;
import org.riskgraph.graph.incident.IncidentCategory;
import org.riskgraph.graph.person.Gender;
import org.riskgraph.graph.person.ResidentId;
import org.riskgraph.graph.phone.PhoneNumber;
import org.riskgraph.graph.vehicle.Plate;

/**
 * The kinds the search index holds, each with where it comes from in the graph: the label, the
 * properties read (with the village name looked up by code), and how a row becomes a {@link
 * Searchable}. The Cypher is built from these constants only; every value is a parameter.
 */
public enum SearchableKind {
  PERSON(
      EntityKind.PERSON,
      true,
      """
      OPTIONAL MATCH (v:Village {code: n.villageCode})
      RETURN n.id AS key, n.name AS name, n.idNumber AS idNumber, n.gender AS gender,
             n.birthDate AS birthDate, n.villageCode AS villageCode, v.name AS villageName
      ORDER BY key
      """,
      SearchableKind::person),
  VEHICLE(
      EntityKind.VEHICLE,
      false,
      """
      RETURN n.plate AS key, n.kind AS vehicleKind, n.colour AS colour
      ORDER BY key
      """,
      SearchableKind::vehicle),
  PHONE(
      EntityKind.PHONE,
      false,
      """
      RETURN n.number AS key
      ORDER BY key
      """,
      row -> new Searchable.Phone(PhoneNumber.of(row.get("key").asString()))),
  INCIDENT(
      EntityKind.INCIDENT,
      true,
      """
      OPTIONAL MATCH (v:Village {code: n.villageCode})
      RETURN n.id AS key, n.category AS category, n.summary AS summary, n.reportedAt AS at,
             n.villageCode AS villageCode, v.name AS villageName
      ORDER BY key
      """,
      SearchableKind::incident),
  DISPUTE(
      EntityKind.DISPUTE,
      true,
      """
      OPTIONAL MATCH (v:Village {code: n.villageCode})
      RETURN n.id AS key, n.category AS category, n.summary AS summary, n.openedAt AS at,
             n.villageCode AS villageCode, v.name AS villageName
      ORDER BY key
      """,
      SearchableKind::dispute);

  private final EntityKind kind;
  private final boolean inVillage;
  private final String projection;
  private final Function<Record, Searchable> mapper;

  SearchableKind(
      EntityKind kind, boolean inVillage, String projection, Function<Record, Searchable> mapper) {
    this.kind = kind;
    this.inVillage = inVillage;
    this.projection = projection;
    this.mapper = mapper;
  }

  public EntityKind kind() {
    return kind;
  }

  /** One page in key order: parameters {@code $after} (exclusive) and {@code $limit}. */
  String page() {
    return "MATCH (n:%s) WHERE n.%s > $after WITH n ORDER BY n.%s LIMIT $limit\n"
            .formatted(kind.label(), kind.keyProperty(), kind.keyProperty())
        + projection;
  }

  /** The nodes of the given keys ({@code $keys}) that exist. */
  String byKeys() {
    return "UNWIND $keys AS wanted MATCH (n:%s {%s: wanted})\n"
            .formatted(kind.label(), kind.keyProperty())
        + projection;
  }

  /**
   * Keys of the nodes an import stamped {@code $ingestedAt}, and of those in a village it changed
   * ({@code $villages}: a renamed village changes what its residents and events are found by).
   */
  String changedKeys() {
    return "MATCH (n:%s) WHERE n.ingestedAt = $ingestedAt%s RETURN n.%s AS key"
        .formatted(
            kind.label(), inVillage ? " OR n.villageCode IN $villages" : "", kind.keyProperty());
  }

  /** How many nodes of the kind the graph holds (from the count store). */
  String count() {
    return "MATCH (n:%s) RETURN count(n) AS n".formatted(kind.label());
  }

  Searchable searchable(Record row) {
    return mapper.apply(row);
  }

  private static Searchable person(Record row) {
    return new Searchable.Person(
        row.get("key").asString(),
        row.get("name").asString(),
        StoredValues.text(row.get("idNumber")).map(ResidentId::of),
        StoredValues.text(row.get("gender")).map(Gender::parse),
        StoredValues.optionalDate(row.get("birthDate")),
        StoredValues.text(row.get("villageCode")),
        StoredValues.text(row.get("villageName")));
  }

  private static Searchable vehicle(Record row) {
    return new Searchable.Vehicle(
        Plate.of(row.get("key").asString()),
        StoredValues.text(row.get("vehicleKind")),
        StoredValues.text(row.get("colour")));
  }

  private static Searchable incident(Record row) {
    return new Searchable.Incident(
        row.get("key").asString(),
        IncidentCategory.valueOf(row.get("category").asString()),
        row.get("summary").asString(""),
        StoredValues.time(row.get("at")),
        row.get("villageCode").asString(),
        StoredValues.text(row.get("villageName")));
  }

  private static Searchable dispute(Record row) {
    return new Searchable.Dispute(
        row.get("key").asString(),
        DisputeCategory.valueOf(row.get("category").asString()),
        row.get("summary").asString(""),
        StoredValues.time(row.get("at")),
        row.get("villageCode").asString(),
        StoredValues.text(row.get("villageName")));
  }

  static Optional<String> key(Record row) {
    return row.get("key").isNull() ? Optional.empty() : Optional.of(row.get("key").asString());
  }
}
