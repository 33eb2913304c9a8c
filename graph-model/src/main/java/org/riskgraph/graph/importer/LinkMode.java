package org.riskgraph.graph.importer;

/** What a record says about a node's relationships of one type. */
enum LinkMode {
  /** The record lists all targets: others are removed (a person's village, a dispute's parties). */
  REPLACE,
  /** The record adds a target and never removes one (one more user of a shared phone). */
  ADD
}
