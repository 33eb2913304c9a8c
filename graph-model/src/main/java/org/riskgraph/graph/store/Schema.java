package org.riskgraph.graph.store;

import java.util.List;

/**
 * Uniqueness constraints on every business key and indexes on the time fields and foreign-key
 * lookups. Every statement is {@code IF NOT EXISTS}, so applying the schema at each start is safe.
 */
final class Schema {

  static final List<String> STATEMENTS =
      List.of(
          unique("Township", "code"),
          unique("Village", "code"),
          unique("Person", "id"),
          unique("Person", "idNumber"),
          unique("Vehicle", "plate"),
          unique("Phone", "number"),
          unique("Incident", "id"),
          unique("Dispute", "id"),
          unique("Control", "id"),
          unique("ControlEvent", "id"),
          unique("Checkpoint", "code"),
          unique("Officer", "badge"),
          unique("Assistant", "id"),
          index("Village", "townshipCode"),
          index("Person", "villageCode"),
          index("Person", "name"),
          index("Person", "birthDate"),
          index("Incident", "reportedAt"),
          index("Incident", "villageCode"),
          index("Dispute", "openedAt"),
          index("Dispute", "villageCode"),
          index("Control", "endsOn"),
          index("Control", "personId"),
          index("ControlEvent", "at"),
          index("ControlEvent", "controlId"),
          index("Checkpoint", "villageCode"),
          index("Assistant", "villageCode"),
          relationshipIndex("SEEN_AT", "at"),
          relationshipIndex("INVOLVED_IN", "role"),
          relationshipIndex("KNOWS", "kind"));

  private Schema() {}

  static void apply(GraphStore store) {
    store.applySchema(STATEMENTS);
    store.applySchema(List.of("CALL db.awaitIndexes(300)"));
  }

  private static String unique(String label, String property) {
    String name = label.toLowerCase() + "_" + property + "_unique";
    return "CREATE CONSTRAINT "
        + name
        + " IF NOT EXISTS FOR (n:"
        + label
        + ") REQUIRE n."
        + property
        + " IS UNIQUE";
  }

  private static String index(String label, String property) {
    String name = label.toLowerCase() + "_" + property;
    return "CREATE INDEX " + name + " IF NOT EXISTS FOR (n:" + label + ") ON (n." + property + ")";
  }

  private static String relationshipIndex(String type, String property) {
    String name = type.toLowerCase() + "_" + property;
    return "CREATE INDEX "
        + name
        + " IF NOT EXISTS FOR ()-[r:"
        + type
        + "]-() ON (r."
        + property
        + ")";
  }
}
