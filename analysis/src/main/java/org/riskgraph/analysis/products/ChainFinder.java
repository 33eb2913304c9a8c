package org.riskgraph.analysis.products;

import java.util.List;
import org.riskgraph.graph.entity.EntityRef;

/** Finds the link chains between pairs of entities for a product. */
@FunctionalInterface
public interface ChainFinder {

  /** Two entities whose connection a product asks about. */
  record Pair(EntityRef from, EntityRef to) {}

  ChainSection between(List<Pair> pairs);
}
