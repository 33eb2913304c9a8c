package org.riskgraph.analysis.forecast;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The reference panels and R's numbers beside the tests (reference.R wrote them). */
final class ReferenceData {

  private ReferenceData() {}

  static String text(String name) {
    try (InputStream in = ReferenceData.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Data lines of a CSV resource, each split on commas; the header is dropped. */
  static List<String[]> rows(String name) {
    return text(name).lines().skip(1).filter(l -> !l.isBlank()).map(l -> l.split(",", -1)).toList();
  }

  static String[] header(String name) {
    return text(name).lines().findFirst().orElseThrow().split(",", -1);
  }

  /**
   * A panel from {@code <prefix>-counts.csv} (period, then one column per unit), {@code
   * <prefix>-units.csv} (code and population share, or population) and {@code
   * <prefix>-adjacency.csv}.
   */
  static CountPanel panel(String prefix) {
    String[] header = header(prefix + "-counts.csv");
    List<String> units = List.of(header).subList(1, header.length);
    List<String[]> rows = rows(prefix + "-counts.csv");
    int[][] counts = new int[rows.size()][units.size()];
    for (int t = 0; t < rows.size(); t++) {
      for (int i = 0; i < units.size(); i++) {
        counts[t][i] = Integer.parseInt(rows.get(t)[i + 1]);
      }
    }
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < units.size(); i++) {
      index.put(units.get(i), i);
    }
    double[] weight = new double[units.size()];
    double total = 0;
    for (String[] row : rows(prefix + "-units.csv")) {
      weight[index.get(row[0])] = Double.parseDouble(row[1]);
      total += Double.parseDouble(row[1]);
    }
    double[] shares = new double[units.size()];
    for (int i = 0; i < shares.length; i++) {
      shares[i] = weight[i] / total;
    }
    List<String[]> pairs = new ArrayList<>(rows(prefix + "-adjacency.csv"));
    return new CountPanel(units, shares, counts, NeighbourWeights.ofCodes(index, pairs));
  }

  /** R's estimates and standard errors of one fit, by parameter name. */
  static Map<String, double[]> fit(String dataset, String model) {
    Map<String, double[]> out = new HashMap<>();
    for (String[] row : rows("reference-fits.csv")) {
      if (row[0].equals(dataset) && row[1].equals(model)) {
        out.put(row[2], new double[] {Double.parseDouble(row[3]), Double.parseDouble(row[4])});
      }
    }
    return out;
  }

  /** R's log-likelihood of one fit. */
  static double logLikelihood(String dataset, String model) {
    for (String[] row : rows("reference-loglik.csv")) {
      if (row[0].equals(dataset) && row[1].equals(model)) {
        return Double.parseDouble(row[2]);
      }
    }
    throw new IllegalArgumentException("no reference fit " + dataset + " " + model);
  }
}
