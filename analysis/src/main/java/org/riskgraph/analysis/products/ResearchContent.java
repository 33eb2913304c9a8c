package org.riskgraph.analysis.products;

import java.util.List;

/** The content of a research product: what it says, and every record it names. */
public sealed interface ResearchContent permits IncidentBrief, PersonDossier, VillageBrief {

  /** {@code kind:key} of every record the product names, for the audit trail. */
  List<String> subjects();
}
