package org.riskgraph.graph.search;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.riskgraph.graph.dispute.DisputeCategory;
import org.riskgraph.graph.entity.EntityKind;
import org.riskgraph.graph.incident.IncidentCategory;
import org.riskgraph.graph.person.Gender;
import org.riskgraph.graph.person.ResidentId;
import org.riskgraph.graph.phone.PhoneNumber;
import org.riskgraph.graph.vehicle.Plate;

/**
 * A searchable entity as stored, with the name of the village it lies in: what the search index is
 * fed from. Values are parsed as the domain records parse them; a node whose stored values do not
 * parse is {@link Unreadable}, not a Searchable.
 */
public sealed interface Searchable {

  EntityKind kind();

  String key();

  record Person(
      String id,
      String name,
      Optional<ResidentId> idNumber,
      Optional<Gender> gender,
      Optional<LocalDate> birthDate,
      Optional<String> villageCode,
      Optional<String> villageName)
      implements Searchable {

    @Override
    public EntityKind kind() {
      return EntityKind.PERSON;
    }

    @Override
    public String key() {
      return id;
    }
  }

  record Vehicle(Plate plate, Optional<String> vehicleKind, Optional<String> colour)
      implements Searchable {

    @Override
    public EntityKind kind() {
      return EntityKind.VEHICLE;
    }

    @Override
    public String key() {
      return plate.value();
    }
  }

  record Phone(PhoneNumber number) implements Searchable {

    @Override
    public EntityKind kind() {
      return EntityKind.PHONE;
    }

    @Override
    public String key() {
      return number.value();
    }
  }

  /** An empty summary means none was recorded. */
  record Incident(
      String id,
      IncidentCategory category,
      String summary,
      OffsetDateTime reportedAt,
      String villageCode,
      Optional<String> villageName)
      implements Searchable {

    @Override
    public EntityKind kind() {
      return EntityKind.INCIDENT;
    }

    @Override
    public String key() {
      return id;
    }
  }

  /** An empty summary means none was recorded. */
  record Dispute(
      String id,
      DisputeCategory category,
      String summary,
      OffsetDateTime openedAt,
      String villageCode,
      Optional<String> villageName)
      implements Searchable {

    @Override
    public EntityKind kind() {
      return EntityKind.DISPUTE;
    }

    @Override
    public String key() {
      return id;
    }
  }
}
