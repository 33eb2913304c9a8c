package org.riskgraph.graph.village;

/** A village as listed for the dashboard and the API: with its township's name and neighbours. */
public record VillageSummary(
    String code,
    String name,
    String townshipCode,
    String townshipName,
    long population,
    Circle circle,
    boolean complex,
    Double lat,
    Double lon,
    int neighbours) {

  static VillageSummary of(Village village, String townshipName, int neighbours) {
    return new VillageSummary(
        village.code(),
        village.name(),
        village.townshipCode(),
        townshipName,
        village.population(),
        village.circle(),
        village.complex(),
        village.lat(),
        village.lon(),
        neighbours);
  }
}
