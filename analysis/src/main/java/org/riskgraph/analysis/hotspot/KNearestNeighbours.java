package org.riskgraph.analysis.hotspot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.riskgraph.graph.common.InvalidFieldException;

/**
 * k nearest neighbours by great-circle distance. A brute-force O(n² log k) search: 10,000 areas
 * take well under a second or two, and it needs no spatial index to be trusted.
 */
final class KNearestNeighbours {

  /** Mean Earth radius (IUGG), metres. */
  static final double EARTH_RADIUS_M = 6_371_008.8;

  private KNearestNeighbours() {}

  static SpatialWeights weights(List<Area> areas, int k) {
    int n = areas.size();
    if (k > n - 1) {
      throw new InvalidFieldException(
          "weights",
          "knn:" + k,
          "needs more than " + k + " areas with residents, the map has " + n);
    }
    double[] lat = new double[n];
    double[] lon = new double[n];
    for (int i = 0; i < n; i++) {
      Area area = areas.get(i);
      Coordinates c =
          area.location()
              .orElseThrow(
                  () ->
                      new InvalidFieldException(
                          "weights",
                          "knn:" + k,
                          "needs coordinates for every village, missing for " + area.code()));
      lat[i] = Math.toRadians(c.lat());
      lon[i] = Math.toRadians(c.lon());
    }
    List<int[]> lists = new ArrayList<>(n);
    double[] bestDistance = new double[k];
    int[] best = new int[k];
    for (int i = 0; i < n; i++) {
      int found = 0;
      for (int j = 0; j < n; j++) {
        if (j == i) {
          continue;
        }
        double d = distance(lat[i], lon[i], lat[j], lon[j]);
        // insertion into a sorted top-k; equal distances keep the lower index (= lower code) first
        if (found < k || d < bestDistance[found - 1]) {
          int pos = found < k ? found++ : k - 1;
          while (pos > 0 && bestDistance[pos - 1] > d) {
            bestDistance[pos] = bestDistance[pos - 1];
            best[pos] = best[pos - 1];
            pos--;
          }
          bestDistance[pos] = d;
          best[pos] = j;
        }
      }
      lists.add(Arrays.copyOf(best, k));
    }
    return SpatialWeights.fromLists(lists);
  }

  /** Haversine distance in metres between two points given in radians. */
  static double distance(double lat1, double lon1, double lat2, double lon2) {
    double sinLat = Math.sin((lat2 - lat1) / 2);
    double sinLon = Math.sin((lon2 - lon1) / 2);
    double h = sinLat * sinLat + Math.cos(lat1) * Math.cos(lat2) * sinLon * sinLon;
    return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}
