package org.riskgraph.graph.importer;

/**
 * A record that was not imported, and why.
 *
 * @param origin the file or stream
 * @param line the 1-based line number (0 for a whole file)
 * @param kind the record's kind, if it could be read
 * @param field the offending field, if one is to blame
 */
public record Reject(String origin, long line, String kind, String field, String reason) {}
