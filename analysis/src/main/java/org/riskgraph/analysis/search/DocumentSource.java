package org.riskgraph.analysis.search;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.Function;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.riskgraph.graph.common.EntityKind;
import org.riskgraph.graph.common.StoredValues;
import org.riskgraph.graph.dispute.DisputeCategory;
import org.riskgraph.graph.incident.IncidentCategory;
import org.riskgraph.graph.person.Gender;
import org.riskgraph.graph.person.ResidentId;
import org.riskgraph.graph.phone.PhoneNumber;
import org.riskgraph.graph.vehicle.Plate;

/**
 * Where each kind of search document comes from in the graph: the label, the properties read (with
 * the village name looked up by code), and how a row becomes a document. The Cypher is built from
 * these constants only; every value is a parameter.
 */
enum DocumentSource {
  PERSON(
      EntityKind.PERSON,
      true,
      """
      OPTIONAL MATCH (v:Village {code: n.villageCode})
      RETURN n.id AS key, n.name AS name, n.idNumber AS idNumber, n.gender AS gender,
             n.birthDate AS birthDate, n.villageCode AS villageCode, v.name AS villageName
      ORDER BY key
      """,
      DocumentSource::person),
  VEHICLE(
      EntityKind.VEHICLE,
      false,
      """
      RETURN n.plate AS key, n.kind AS vehicleKind, n.colour AS colour
      ORDER BY key
      """,
      DocumentSource::vehicle),
  PHONE(
      EntityKind.PHONE,
      false,
      """
      RETURN n.number AS key
      ORDER BY key
      """,
      row -> new PhoneDocument(PhoneNumber.of(row.get("key").asString()))),
  INCIDENT(
      EntityKind.INCIDENT,
      true,
      """
      OPTIONAL MATCH (v:Village {code: n.villageCode})
      RETURN n.id AS key, n.category AS category, n.summary AS summary, n.reportedAt AS at,
             n.villageCode AS villageCode, v.name AS villageName
      ORDER BY key
      """,
      DocumentSource::incident),
  DISPUTE(
      EntityKind.DISPUTE,
      true,
      """
      OPTIONAL MATCH (v:Village {code: n.villageCode})
      RETURN n.id AS key, n.category AS category, n.summary AS summary, n.openedAt AS at,
             n.villageCode AS villageCode, v.name AS villageName
      ORDER BY key
      """,
      DocumentSource::dispute);

  private final EntityKind kind;
  private final boolean inVillage;
  private final String projection;
  private final Function<Record, SearchDocument> mapper;

  DocumentSource(
      EntityKind kind,
      boolean inVillage,
      String projection,
      Function<Record, SearchDocument> mapper) {
    this.kind = kind;
    this.inVillage = inVillage;
    this.projection = projection;
    this.mapper = mapper;
  }

  EntityKind kind() {
    return kind;
  }

  /** One page in key order: parameters {@code $after} (exclusive) and {@code $limit}. */
  String page() {
    return "MATCH (n:%s) WHERE n.%s > $after WITH n ORDER BY n.%s LIMIT $limit\n"
            .formatted(kind.label(), kind.keyProperty(), kind.keyProperty())
        + projection;
  }

  /** The documents of the given keys ({@code $keys}) that exist. */
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

  SearchDocument document(Record row) {
    return mapper.apply(row);
  }

  private static SearchDocument person(Record row) {
    return new PersonDocument(
        row.get("key").asString(),
        row.get("name").asString(),
        text(row.get("idNumber")).map(ResidentId::of),
        text(row.get("gender")).map(Gender::parse),
        row.get("birthDate").isNull()
            ? Optional.empty()
            : Optional.of(row.get("birthDate").asLocalDate()),
        text(row.get("villageCode")),
        text(row.get("villageName")));
  }

  private static SearchDocument vehicle(Record row) {
    return new VehicleDocument(
        Plate.of(row.get("key").asString()), text(row.get("vehicleKind")), text(row.get("colour")));
  }

  private static SearchDocument incident(Record row) {
    return new IncidentDocument(
        row.get("key").asString(),
        IncidentCategory.valueOf(row.get("category").asString()),
        row.get("summary").asString(""),
        time(row.get("at")),
        row.get("villageCode").asString(),
        text(row.get("villageName")));
  }

  private static SearchDocument dispute(Record row) {
    return new DisputeDocument(
        row.get("key").asString(),
        DisputeCategory.valueOf(row.get("category").asString()),
        row.get("summary").asString(""),
        time(row.get("at")),
        row.get("villageCode").asString(),
        text(row.get("villageName")));
  }

  private static Optional<String> text(Value value) {
    return value.isNull() || value.asString().isBlank()
        ? Optional.empty()
        : Optional.of(value.asString());
  }

  private static OffsetDateTime time(Value value) {
    return (OffsetDateTime) StoredValues.plain(value);
  }
}
