package org.riskgraph.graph.importer;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/**
 * The kinds of record the import accepts, in the order in which they may refer to each other: a CSV
 * folder is read in this order, and the fixtures write NDJSON in it.
 */
enum ImportKind {
  TOWNSHIP("Township", "townships.csv", RecordParsers::township),
  VILLAGE("Village", "villages.csv", RecordParsers::village),
  ADJACENT("Adjacent", "adjacency.csv", RecordParsers::adjacent),
  OFFICER("Officer", "officers.csv", RecordParsers::officer),
  ASSISTANT("Assistant", "assistants.csv", RecordParsers::assistant),
  PERSON("Person", "persons.csv", RecordParsers::person),
  KNOWS("Knows", "knows.csv", RecordParsers::knows),
  VEHICLE("Vehicle", "vehicles.csv", RecordParsers::vehicle),
  PHONE("Phone", "phones.csv", RecordParsers::phone),
  CHECKPOINT("Checkpoint", "checkpoints.csv", RecordParsers::checkpoint),
  INCIDENT("Incident", "incidents.csv", RecordParsers::incident),
  INVOLVEMENT("Involvement", "involvements.csv", RecordParsers::involvement),
  DISPUTE("Dispute", "disputes.csv", RecordParsers::dispute),
  CONTROL("Control", "controls.csv", RecordParsers::control),
  CONTROL_EVENT("ControlEvent", "control-events.csv", RecordParsers::controlEvent),
  SIGHTING("Sighting", "sightings.csv", RecordParsers::sighting);

  private final String kindName;
  private final String fileName;
  private final Function<RawRecord, Write> parser;

  ImportKind(String kindName, String fileName, Function<RawRecord, Write> parser) {
    this.kindName = kindName;
    this.fileName = fileName;
    this.parser = parser;
  }

  String kindName() {
    return kindName;
  }

  String fileName() {
    return fileName;
  }

  /** Validates the record; throws {@link org.riskgraph.graph.common.InvalidFieldException}. */
  Write parse(RawRecord record) {
    return parser.apply(record);
  }

  static Optional<ImportKind> byName(String name) {
    return Arrays.stream(values()).filter(k -> k.kindName.equalsIgnoreCase(name)).findFirst();
  }

  static Optional<ImportKind> byFileName(String fileName) {
    return Arrays.stream(values()).filter(k -> k.fileName.equals(fileName)).findFirst();
  }
}
