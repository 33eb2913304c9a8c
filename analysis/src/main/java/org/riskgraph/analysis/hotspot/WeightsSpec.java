package org.riskgraph.analysis.hotspot;

import org.riskgraph.graph.common.InvalidFieldException;

/**
 * Which areas count as neighbours. Written as text in requests and in the method description:
 * {@code adjacency} for the map's ADJACENT_TO relation, {@code knn:8} for the eight nearest areas
 * by great-circle distance. A text that names no weights is refused with an {@link
 * InvalidFieldException} on the field {@code weights}.
 */
public sealed interface WeightsSpec {

  /** The text form, as accepted by {@link #parse(String)}. */
  String text();

  /** A sentence for the method description. */
  String describe();

  static WeightsSpec parse(String text) {
    if (text == null) {
      throw new InvalidFieldException("weights", null, "is required: adjacency or knn:<k>");
    }
    String trimmed = text.strip();
    if (trimmed.equals("adjacency")) {
      return new Contiguity();
    }
    if (trimmed.startsWith("knn:")) {
      try {
        return new KNearest(Integer.parseInt(trimmed.substring(4)));
      } catch (NumberFormatException e) {
        throw new InvalidFieldException("weights", text, "knn needs a whole number of neighbours");
      }
    }
    throw new InvalidFieldException("weights", text, "is not adjacency or knn:<k>");
  }

  /** Binary weights from the undirected ADJACENT_TO relation between villages. */
  record Contiguity() implements WeightsSpec {
    @Override
    public String text() {
      return "adjacency";
    }

    @Override
    public String describe() {
      return "binary contiguity from ADJACENT_TO (symmetric)";
    }
  }

  /**
   * Binary weights to the k nearest other areas by great-circle (haversine) distance on a sphere of
   * radius 6,371,008.8 m; ties are broken by area code so the weights are reproducible. The
   * relation is not symmetric.
   */
  record KNearest(int k) implements WeightsSpec {
    public KNearest {
      if (k < 1) {
        throw new InvalidFieldException("weights", "knn:" + k, "knn needs k of at least 1");
      }
    }

    @Override
    public String text() {
      return "knn:" + k;
    }

    @Override
    public String describe() {
      return "binary, " + k + " nearest areas by great-circle distance (asymmetric)";
    }
  }
}
