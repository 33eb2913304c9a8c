package org.riskgraph.graph.village;

/** A village as listed for the dashboard and the API. */
public record VillageSummary(
    String code,
    String name,
    String townshipCode,
    String townshipName,
    long population,
    String circle,
    boolean complex,
    Double lat,
    Double lon,
    int neighbours) {}
