package org.riskgraph.graph.importer;

import java.util.List;
import java.util.stream.Collectors;

/**
 * How one relationship kind is stored: its endpoints, type, and which of its properties (besides
 * the endpoints) make two records the same fact — a sighting is one per (plate, checkpoint, time).
 *
 * @param undirected whether (a, b) and (b, a) are the same fact (village adjacency)
 */
record RelSpec(
    String name,
    String fromField,
    String toField,
    String fromLabel,
    String fromKey,
    String type,
    String toLabel,
    String toKey,
    List<String> identity,
    boolean undirected) {

  RelSpec {
    identity = List.copyOf(identity);
  }

  private String identityCondition() {
    if (identity.isEmpty()) {
      return "";
    }
    return " WHERE "
        + identity.stream()
            .map(p -> "r." + p + " = row.props." + p)
            .collect(Collectors.joining(" AND "));
  }

  private String arrow() {
    return undirected ? "-[r:" + type + "]-" : "-[r:" + type + "]->";
  }

  /** Per row: whether both endpoints exist, and the properties of the existing fact if any. */
  String readQuery() {
    return "UNWIND $rows AS row OPTIONAL MATCH (a:"
        + fromLabel
        + " {"
        + fromKey
        + ": row.from}) OPTIONAL MATCH (b:"
        + toLabel
        + " {"
        + toKey
        + ": row.to}) RETURN row.i AS i, a IS NOT NULL AS hasFrom, b IS NOT NULL AS hasTo,"
        + " CASE WHEN a IS NULL OR b IS NULL THEN null ELSE head([(a)"
        + arrow()
        + "(b)"
        + identityCondition()
        + " | properties(r)]) END AS existing";
  }

  /**
   * Creates facts known to be new (their type was empty before this run, which did not make them).
   */
  String createNewQuery() {
    return "UNWIND $rows AS row MATCH (a:"
        + fromLabel
        + " {"
        + fromKey
        + ": row.from}) MATCH (b:"
        + toLabel
        + " {"
        + toKey
        + ": row.to}) CREATE (a)-[r:"
        + type
        + "]->(b) SET r = row.props, r.source = $source, r.ingestedAt = $ingestedAt"
        + " RETURN count(*) AS n";
  }

  /** Creates the facts that do not exist yet; safe to retry because it checks again. */
  String createQuery() {
    return "UNWIND $rows AS row MATCH (a:"
        + fromLabel
        + " {"
        + fromKey
        + ": row.from}) MATCH (b:"
        + toLabel
        + " {"
        + toKey
        + ": row.to}) WHERE NOT EXISTS { MATCH (a)"
        + arrow()
        + "(b)"
        + identityCondition()
        + " } CREATE (a)-[r:"
        + type
        + "]->(b) SET r = row.props, r.source = $source, r.ingestedAt = $ingestedAt"
        + " RETURN count(*) AS n";
  }

  String updateQuery() {
    return "UNWIND $rows AS row MATCH (a:"
        + fromLabel
        + " {"
        + fromKey
        + ": row.from})"
        + arrow()
        + "(b:"
        + toLabel
        + " {"
        + toKey
        + ": row.to})"
        + identityCondition()
        + " SET r += row.props, r.source = $source, r.ingestedAt = $ingestedAt"
        + " RETURN count(*) AS n";
  }
}
