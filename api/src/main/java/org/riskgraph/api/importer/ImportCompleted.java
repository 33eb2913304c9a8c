package org.riskgraph.api.importer;

import org.riskgraph.graph.importer.ImportSummary;

/** Published after every import, so that derived data can be brought up to date. */
public record ImportCompleted(ImportSummary summary) {}
