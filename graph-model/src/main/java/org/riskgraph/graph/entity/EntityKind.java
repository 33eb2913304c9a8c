package org.riskgraph.graph.entity;

import java.util.Locale;
import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.common.InvalidFieldException;
import org.riskgraph.graph.phone.PhoneNumber;
import org.riskgraph.graph.vehicle.Plate;

/** The kinds of node an API client may name, with the label and business-key property of each. */
public enum EntityKind {
  TOWNSHIP("Township", "code"),
  VILLAGE("Village", "code"),
  PERSON("Person", "id"),
  VEHICLE("Vehicle", "plate"),
  PHONE("Phone", "number"),
  INCIDENT("Incident", "id"),
  DISPUTE("Dispute", "id"),
  CONTROL("Control", "id"),
  CONTROL_EVENT("ControlEvent", "id"),
  CHECKPOINT("Checkpoint", "code"),
  OFFICER("Officer", "badge"),
  ASSISTANT("Assistant", "id");

  private final String label;
  private final String keyProperty;

  EntityKind(String label, String keyProperty) {
    this.label = label;
    this.keyProperty = keyProperty;
  }

  public String label() {
    return label;
  }

  public String keyProperty() {
    return keyProperty;
  }

  /** The lower-case name used in URLs and references ({@code control-event} for CONTROL_EVENT). */
  public String urlName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static EntityKind fromName(String name) {
    String normal = Fields.requireText("kind", name).toUpperCase(Locale.ROOT).replace('-', '_');
    for (EntityKind kind : values()) {
      if (kind.name().equals(normal) || kind.label.equalsIgnoreCase(name.strip())) {
        return kind;
      }
    }
    throw new InvalidFieldException("kind", name, "is not a known entity kind");
  }

  public static EntityKind fromLabel(String label) {
    for (EntityKind kind : values()) {
      if (kind.label.equals(label)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("no entity kind for label " + label);
  }

  /** Brings a key to the form it is stored in: plates and phone numbers are normalised. */
  public String normaliseKey(String key) {
    return switch (this) {
      case VEHICLE -> Plate.of(key).value();
      case PHONE -> PhoneNumber.of(key).value();
      default -> Fields.requireText("key", key);
    };
  }
}
