package org.riskgraph.graph.importer;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * How one node kind is stored: its label, business key, properties and the relationships its
 * reference fields become; and the Cypher that reads and writes a batch of it. The Cypher is built
 * once from these constants; values only ever travel as parameters.
 */
record NodeSpec(String label, String key, List<String> properties, List<LinkSpec> links) {

  NodeSpec {
    properties = List.copyOf(properties);
    links = List.copyOf(links);
  }

  /** Existing nodes with their properties and, per link, the keys of their targets. */
  String readQuery() {
    String linkLists =
        links.stream()
            .map(l -> "[" + l.pattern() + " | o." + l.targetKey() + "]")
            .collect(Collectors.joining(", "));
    return "UNWIND $keys AS key MATCH (n:"
        + label
        + " {"
        + key
        + ": key}) RETURN key, properties(n) AS props, ["
        + linkLists
        + "] AS links";
  }

  String createQuery() {
    StringBuilder cypher =
        new StringBuilder(
            "UNWIND $rows AS row CREATE (n:"
                + label
                + ") SET n = row.props, n.source = $source, n.ingestedAt = $ingestedAt");
    appendLinkMerges(cypher, false);
    return cypher.append(" RETURN count(*) AS n").toString();
  }

  String updateQuery() {
    StringBuilder cypher =
        new StringBuilder(
            "UNWIND $rows AS row MATCH (n:"
                + label
                + " {"
                + key
                + ": row.key}) SET n += row.props, n.source = $source, n.ingestedAt = $ingestedAt");
    appendLinkMerges(cypher, true);
    return cypher.append(" RETURN count(*) AS n").toString();
  }

  /** Which of the given keys of a link's target exist. */
  static String existingKeysQuery(String label, String key) {
    return "UNWIND $keys AS k MATCH (o:"
        + label
        + " {"
        + key
        + ": k}) RETURN collect(o."
        + key
        + ") AS found";
  }

  private void appendLinkMerges(StringBuilder cypher, boolean existingNode) {
    IntStream.range(0, links.size())
        .forEach(
            i -> {
              LinkSpec link = links.get(i);
              String targets = "row.links[" + i + "]";
              cypher.append(" WITH n, row");
              if (existingNode && link.mode() == LinkMode.REPLACE) {
                cypher
                    .append(" CALL (n, row) { MATCH ")
                    .append(link.pattern())
                    .append(" WHERE NOT o.")
                    .append(link.targetKey())
                    .append(" IN ")
                    .append(targets)
                    .append(" DELETE r }")
                    .append(" WITH n, row");
              }
              String arrow =
                  link.outgoing()
                      ? "(n)-[r:" + link.type() + "]->(o)"
                      : "(n)<-[r:" + link.type() + "]-(o)";
              cypher
                  .append(" CALL (n, row) { UNWIND ")
                  .append(targets)
                  .append(" AS k MATCH (o:")
                  .append(link.targetLabel())
                  .append(" {")
                  .append(link.targetKey())
                  .append(": k}) ")
                  .append(existingNode ? "MERGE " : "CREATE ")
                  .append(arrow)
                  .append(existingNode ? " ON CREATE SET" : " SET")
                  .append(" r.source = $source, r.ingestedAt = $ingestedAt }");
            });
  }
}
