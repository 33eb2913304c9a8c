package org.riskgraph.graph.importer;

/**
 * A relationship that a node record carries as a reference field, e.g. a person's {@code
 * villageCode} becomes {@code (Person)-[:RESIDES_IN]->(Village)}.
 *
 * @param field the import field that holds the target key(s), named in rejects
 * @param outgoing whether the relationship points from the record's node to the target
 */
record LinkSpec(
    String field,
    String type,
    boolean outgoing,
    String targetLabel,
    String targetKey,
    LinkMode mode) {

  static LinkSpec out(String field, String type, String label, String key, LinkMode mode) {
    return new LinkSpec(field, type, true, label, key, mode);
  }

  static LinkSpec in(String field, String type, String label, String key, LinkMode mode) {
    return new LinkSpec(field, type, false, label, key, mode);
  }

  /** The pattern from {@code n} to {@code o}, e.g. {@code (n)<-[r:USES]-(o:Person)}. */
  String pattern() {
    String target = "(o:" + targetLabel + ")";
    return outgoing ? "(n)-[r:" + type + "]->" + target : "(n)<-[r:" + type + "]-" + target;
  }
}
