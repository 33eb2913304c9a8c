package org.riskgraph.analysis.forecast;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.riskgraph.fixtures.spec.Plants;
import org.riskgraph.graph.village.Village;

/**
 * Writes the seed-42 county's village × month incident panel (counts, villages with population,
 * complex flag and circle, adjacency) as the CSV files that reference.R fits with R's hhh4. Run
 * from the repository root (docs/methods/forecast.md gives the command); {@code ReferenceFitTests}
 * checks that the committed files still equal what the generator gives.
 */
public final class ReferencePanelExport {

  static final String DIR = "analysis/src/test/resources/org/riskgraph/analysis/forecast";

  private ReferencePanelExport() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : DIR);
    VillageCounts counts = ForecastFixtures.county(42, Plants.ALL, ForecastKind.INCIDENTS);
    for (var file : files(counts).entrySet()) {
      Files.writeString(dir.resolve(file.getKey()), file.getValue());
    }
  }

  /** File name → content, for the panel given. */
  static java.util.SortedMap<String, String> files(VillageCounts counts) {
    java.util.SortedMap<String, String> out = new java.util.TreeMap<>();
    out.put("county42-counts.csv", countsCsv(counts));
    StringBuilder villages = new StringBuilder("code,population,complex,circle\n");
    for (Village village : counts.villages()) {
      villages
          .append(village.code())
          .append(',')
          .append(village.population())
          .append(',')
          .append(village.complex() ? 1 : 0)
          .append(',')
          .append(village.circle())
          .append('\n');
    }
    out.put("county42-units.csv", villages.toString());
    out.put("county42-adjacency.csv", adjacencyCsv(counts));
    return out;
  }

  private static String countsCsv(VillageCounts counts) {
    CountPanel panel = counts.panel();
    StringBuilder out = new StringBuilder("period");
    for (String code : panel.units()) {
      out.append(',').append(code);
    }
    out.append('\n');
    for (int t = 0; t < panel.periods(); t++) {
      out.append(counts.month(t));
      for (int i = 0; i < panel.unitCount(); i++) {
        out.append(',').append(panel.count(t, i));
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String adjacencyCsv(VillageCounts counts) {
    List<String> lines = new ArrayList<>();
    CountPanel panel = counts.panel();
    for (int i = 0; i < panel.unitCount(); i++) {
      for (int j : panel.weights().sources(i)) {
        if (j > i) {
          lines.add(panel.units().get(i) + "," + panel.units().get(j));
        }
      }
    }
    return "a,b\n" + String.join("\n", lines) + "\n";
  }
}
