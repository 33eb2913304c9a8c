package org.riskgraph.analysis.products;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.store.GraphStore;

/**
 * How is this village doing? Its risk history and monthly counts over {@link #MONTHS} months, its
 * hotspot status in the latest scored month, and its disputes still open (OPEN or MEDIATING).
 */
public final class VillageBriefs {

  static final int MONTHS = 24;
  static final int MAX_DISPUTES = 200;

  private static final String VILLAGE =
      """
      MATCH (v:Village {code: $code})
      OPTIONAL MATCH (t:Township {code: v.townshipCode})
      RETURN v.code AS code, v.name AS name, t.name AS township, v.population AS population,
             v.circle AS circle, coalesce(v.complex, false) AS complex
      """;

  private static final String OPEN_DISPUTES =
      """
      MATCH (d:Dispute)-[:OCCURRED_IN]->(:Village {code: $code})
      WHERE d.status IN ['OPEN', 'MEDIATING']
      RETURN d.id AS id, d.openedAt AS openedAt, d.category AS category, d.status AS status,
             COUNT { (:Person)-[:PARTY_TO]->(d) } AS parties
      ORDER BY d.openedAt.epochMillis, id
      LIMIT $limit
      """;

  private final GraphStore store;
  private final VillageRisk risk;
  private final Clock clock;

  public VillageBriefs(GraphStore store, VillageRisk risk, Clock clock) {
    this.store = store;
    this.risk = risk;
    this.clock = clock;
  }

  public Optional<VillageBrief> build(String code) {
    OffsetDateTime now =
        OffsetDateTime.now(clock).atZoneSameInstant(Fields.CHINA).toOffsetDateTime();
    return store
        .read(
            tx -> {
              var found = tx.run(VILLAGE, Map.of("code", code)).list();
              if (found.isEmpty()) {
                return Optional.<Read>empty();
              }
              var r = found.getFirst();
              VillageBrief.Village village =
                  new VillageBrief.Village(
                      r.get("code").asString(),
                      r.get("name").asString(),
                      r.get("township").asString(null),
                      r.get("population").asLong(0),
                      r.get("circle").asString(null),
                      r.get("complex").asBoolean());
              List<VillageBrief.OpenDispute> open =
                  tx.run(OPEN_DISPUTES, Map.of("code", code, "limit", MAX_DISPUTES))
                      .list(
                          d -> {
                            OffsetDateTime opened = Values.time(d.get("openedAt"));
                            return new VillageBrief.OpenDispute(
                                d.get("id").asString(),
                                opened,
                                d.get("category").asString(),
                                d.get("status").asString(),
                                d.get("parties").asLong(),
                                Math.max(0, Duration.between(opened, now).toDays()));
                          });
              return Optional.of(new Read(village, open));
            })
        .map(
            read -> {
              VillageBrief.Village village = read.village();
              YearMonth latest = risk.lastMonth().orElse(YearMonth.from(now));
              VillageContext context =
                  risk.at(village.code(), village.name(), village.townshipName(), latest)
                      .orElse(null);
              return new VillageBrief(
                  village,
                  risk.history(code, MONTHS),
                  risk.counts(code, MONTHS),
                  context,
                  read.open());
            });
  }

  private record Read(VillageBrief.Village village, List<VillageBrief.OpenDispute> open) {}
}
