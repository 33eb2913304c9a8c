/**
 * Readers that read, in one transaction and so from one snapshot of the store, everything an
 * analysis needs from several label families, through those families' repositories: the risk
 * score's facts, the hotspots' counts with their map.
 */
package org.riskgraph.graph.snapshot;
