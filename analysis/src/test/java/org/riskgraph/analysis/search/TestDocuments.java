package org.riskgraph.analysis.search;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.riskgraph.graph.dispute.DisputeCategory;
import org.riskgraph.graph.incident.IncidentCategory;
import org.riskgraph.graph.person.ResidentId;
import org.riskgraph.graph.vehicle.Plate;

/** Small builders for the documents the search tests index. */
final class TestDocuments {

  static final OffsetDateTime OCTOBER =
      OffsetDateTime.of(2026, 10, 3, 9, 30, 0, 0, ZoneOffset.ofHours(8));

  private TestDocuments() {}

  static PersonDocument person(String id, String name) {
    return new PersonDocument(
        id,
        name,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  static PersonDocument person(String id, String name, String first17Digits) {
    ResidentId residentId = residentId(first17Digits);
    return new PersonDocument(
        id,
        name,
        Optional.of(residentId),
        Optional.of(residentId.gender()),
        Optional.of(residentId.birthDate()),
        Optional.empty(),
        Optional.empty());
  }

  static PersonDocument personIn(String id, String name, String villageName) {
    return new PersonDocument(
        id,
        name,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.of("V" + Math.abs(villageName.hashCode() % 1000)),
        Optional.of(villageName));
  }

  /** A valid resident ID: the 17 digits given and their check character. */
  static ResidentId residentId(String first17Digits) {
    return ResidentId.of(first17Digits + ResidentId.checkCharacter(first17Digits));
  }

  static VehicleDocument vehicle(String plate) {
    return new VehicleDocument(Plate.of(plate), Optional.of("轿车"), Optional.of("白色"));
  }

  static PhoneDocument phone(String number) {
    return PhoneDocument.of(number);
  }

  static IncidentDocument incident(
      String id, IncidentCategory category, String summary, String villageName) {
    return new IncidentDocument(
        id,
        category,
        summary,
        OCTOBER,
        "V" + Math.abs(villageName.hashCode() % 1000),
        Optional.of(villageName));
  }

  static DisputeDocument dispute(
      String id, DisputeCategory category, String summary, String villageName) {
    return new DisputeDocument(
        id,
        category,
        summary,
        OCTOBER,
        "V" + Math.abs(villageName.hashCode() % 1000),
        Optional.of(villageName));
  }
}
