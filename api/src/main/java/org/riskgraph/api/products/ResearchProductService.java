package org.riskgraph.api.products;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.riskgraph.analysis.products.ChainFinder;
import org.riskgraph.analysis.products.IncidentBrief;
import org.riskgraph.analysis.products.IncidentBriefs;
import org.riskgraph.analysis.products.PersonDossier;
import org.riskgraph.analysis.products.PersonDossiers;
import org.riskgraph.analysis.products.ProductHeader;
import org.riskgraph.analysis.products.ResearchContent;
import org.riskgraph.analysis.products.VillageBrief;
import org.riskgraph.analysis.products.VillageBriefs;
import org.riskgraph.analysis.products.VillageRisk;
import org.riskgraph.analysis.reports.GraphReportSource;
import org.riskgraph.api.risk.RiskService;
import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.common.InvalidFieldException;
import org.riskgraph.graph.entity.EntityRef;
import org.riskgraph.graph.product.ResearchProduct;
import org.riskgraph.graph.product.ResearchProductKind;
import org.riskgraph.graph.product.ResearchProductRepository;
import org.riskgraph.graph.store.GraphStore;
import org.springframework.stereotype.Service;
import tools.jackson.databind.ObjectMapper;

/**
 * Builds a research product from the graph as it stands, stores it with its content frozen as JSON,
 * and reads it back; the village risk comes from the cached risk assessment.
 */
@Service
class ResearchProductService {

  private final GraphStore store;
  private final ResearchProductRepository products;
  private final RiskService risk;
  private final Clock clock;
  private final ObjectMapper json;
  private final ChainFinder chains;
  private volatile SnapshotRisk villageRisk;

  ResearchProductService(
      GraphStore store,
      ResearchProductRepository products,
      RiskService risk,
      ChainFinder chains,
      Clock clock,
      ObjectMapper json) {
    this.store = store;
    this.chains = chains;
    this.products = products;
    this.risk = risk;
    this.clock = clock;
    this.json = json;
  }

  ResearchProduct create(ResearchProductKind kind, EntityRef subject, String by, String purpose) {
    ResearchContent content =
        build(kind, subject)
            .orElseThrow(
                () ->
                    new InvalidFieldException(
                        "subject", subject.toString(), "no such " + subject.kind().urlName()));
    return products.create(
        kind,
        subject,
        json.writeValueAsString(content),
        content.subjects(),
        by,
        purpose,
        OffsetDateTime.now(clock));
  }

  Optional<ResearchProduct> find(String id) {
    return products.find(id);
  }

  List<ResearchProduct> list(
      Optional<EntityRef> subject, Optional<ResearchProductKind> kind, int limit) {
    return products.list(subject, kind, limit);
  }

  /** The stored content as the record it was made from, for printing. */
  ResearchContent content(ResearchProduct product) {
    Class<? extends ResearchContent> type =
        switch (product.kind()) {
          case INCIDENT_BRIEF -> IncidentBrief.class;
          case PERSON_DOSSIER -> PersonDossier.class;
          case VILLAGE_BRIEF -> VillageBrief.class;
        };
    return json.readValue(product.content(), type);
  }

  static ProductHeader header(ResearchProduct p) {
    return new ProductHeader(
        p.id(),
        p.kind().name(),
        p.subject().toString(),
        p.createdBy(),
        p.createdAt().atZoneSameInstant(Fields.CHINA).toOffsetDateTime(),
        p.purpose());
  }

  private Optional<? extends ResearchContent> build(ResearchProductKind kind, EntityRef subject) {
    return switch (kind) {
      case INCIDENT_BRIEF ->
          new IncidentBriefs(store, villageRisk(), chains, clock).build(subject.key());
      case PERSON_DOSSIER -> new PersonDossiers(store, chains, clock).build(subject.key());
      case VILLAGE_BRIEF -> new VillageBriefs(store, villageRisk(), clock).build(subject.key());
    };
  }

  /**
   * One per risk snapshot, so that the hotspot maps it computes are kept until the next import
   * replaces the snapshot.
   */
  private VillageRisk villageRisk() {
    RiskService.Snapshot snapshot = risk.current();
    SnapshotRisk now = villageRisk;
    if (now == null || now.snapshot() != snapshot) {
      now =
          new SnapshotRisk(
              snapshot,
              new VillageRisk(
                  snapshot.inputs(), snapshot.assessment(), new GraphReportSource(store)));
      villageRisk = now;
    }
    return now.risk();
  }

  private record SnapshotRisk(RiskService.Snapshot snapshot, VillageRisk risk) {}
}
