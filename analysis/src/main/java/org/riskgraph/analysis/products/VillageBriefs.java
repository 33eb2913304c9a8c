package org.riskgraph.analysis.products;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.product.ProductFiles;
import org.riskgraph.graph.product.VillageFile;
import org.riskgraph.graph.store.GraphStore;
import org.riskgraph.graph.village.VillageSummary;

/**
 * How is this village doing? Its risk history and monthly counts over {@link #MONTHS} months, its
 * hotspot status in the latest scored month, and its disputes still open (OPEN or MEDIATING).
 */
public final class VillageBriefs {

  static final int MONTHS = 24;
  static final int MAX_DISPUTES = 200;

  private final ProductFiles files;
  private final VillageRisk risk;
  private final Clock clock;

  public VillageBriefs(GraphStore store, VillageRisk risk, Clock clock) {
    this.files = new ProductFiles(store);
    this.risk = risk;
    this.clock = clock;
  }

  public Optional<VillageBrief> build(String code) {
    OffsetDateTime now =
        OffsetDateTime.now(clock).atZoneSameInstant(Fields.CHINA).toOffsetDateTime();
    return files
        .village(code, MAX_DISPUTES)
        .map(file -> read(file, now))
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

  private static Read read(VillageFile file, OffsetDateTime now) {
    VillageSummary v = file.village();
    VillageBrief.Village village =
        new VillageBrief.Village(
            v.code(),
            v.name(),
            v.townshipName(),
            v.population(),
            v.circle() == null ? null : v.circle().name(),
            v.complex());
    List<VillageBrief.OpenDispute> open =
        file.openDisputes().stream()
            .map(
                d ->
                    new VillageBrief.OpenDispute(
                        d.id(),
                        d.openedAt(),
                        d.category(),
                        d.status(),
                        d.parties(),
                        Math.max(0, Duration.between(d.openedAt(), now).toDays())))
            .toList();
    return new Read(village, open);
  }
}
