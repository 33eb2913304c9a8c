package org.riskgraph.analysis.products;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.entity.EntityKind;
import org.riskgraph.graph.entity.EntityRef;
import org.riskgraph.graph.product.IncidentFile;
import org.riskgraph.graph.product.ProductFiles;
import org.riskgraph.graph.store.GraphStore;

/**
 * What is known around an incident? Reads the incident, the persons and vehicles involved, their
 * earlier incidents (at most {@link #PRIOR_PER_SUBJECT} each, latest first) and the related
 * disputes in one read transaction; adds the link chains between the persons and the village's risk
 * that month.
 */
public final class IncidentBriefs {

  static final int PRIOR_PER_SUBJECT = 20;

  private final ProductFiles files;
  private final VillageRisk risk;
  private final ChainFinder chains;
  private final Clock clock;

  public IncidentBriefs(GraphStore store, VillageRisk risk, ChainFinder chains, Clock clock) {
    this.files = new ProductFiles(store);
    this.risk = risk;
    this.chains = chains;
    this.clock = clock;
  }

  public Optional<IncidentBrief> build(String incidentId) {
    LocalDate today = LocalDate.now(clock.withZone(Fields.CHINA));
    Optional<Read> read =
        files.incident(incidentId, today, PRIOR_PER_SUBJECT).map(IncidentBriefs::read);
    return read.map(
        r -> {
          IncidentBrief.Incident incident = r.incident();
          List<EntityRef> ends =
              r.persons().stream()
                  .map(p -> new EntityRef(EntityKind.PERSON, p.id()))
                  .distinct()
                  .toList();
          List<ChainFinder.Pair> pairs = new ArrayList<>();
          for (int a = 0; a < ends.size(); a++) {
            for (int b = a + 1; b < ends.size(); b++) {
              pairs.add(new ChainFinder.Pair(ends.get(a), ends.get(b)));
            }
          }
          VillageContext village =
              incident.villageCode() == null
                  ? null
                  : risk.at(
                          incident.villageCode(),
                          incident.villageName(),
                          incident.townshipName(),
                          YearMonth.from(incident.reportedAt().atZoneSameInstant(Fields.CHINA)))
                      .orElse(null);
          return new IncidentBrief(
              incident,
              r.persons(),
              r.vehicles(),
              r.prior(),
              chains.between(pairs),
              r.disputes(),
              village);
        });
  }

  private record Read(
      IncidentBrief.Incident incident,
      List<IncidentBrief.Person> persons,
      List<IncidentBrief.Vehicle> vehicles,
      List<IncidentBrief.PriorIncident> prior,
      List<IncidentBrief.RelatedDispute> disputes) {}

  private static Read read(IncidentFile file) {
    IncidentFile.IncidentCard i = file.incident();
    IncidentBrief.Incident incident =
        new IncidentBrief.Incident(
            i.id(),
            i.reportedAt(),
            i.category(),
            i.severity(),
            i.villageCode(),
            i.villageName(),
            i.townshipName(),
            i.summary(),
            i.status());
    List<IncidentBrief.Person> persons =
        file.persons().stream()
            .map(
                p ->
                    new IncidentBrief.Person(
                        p.id(),
                        p.name(),
                        name(p.gender()),
                        p.birthDate(),
                        p.idNumber(),
                        p.villageName(),
                        name(p.role()),
                        p.controlsInForce()))
            .toList();
    List<IncidentBrief.Vehicle> vehicles =
        file.vehicles().stream()
            .map(
                v ->
                    new IncidentBrief.Vehicle(
                        v.plate(),
                        v.kind(),
                        v.colour(),
                        name(v.role()),
                        v.ownerIds(),
                        v.ownerNames()))
            .toList();
    List<IncidentBrief.PriorIncident> prior =
        file.prior().stream()
            .map(
                p ->
                    new IncidentBrief.PriorIncident(
                        p.who(),
                        p.whoName(),
                        p.id(),
                        p.reportedAt(),
                        p.category(),
                        p.severity(),
                        name(p.role()),
                        p.villageCode()))
            .toList();
    List<IncidentBrief.RelatedDispute> disputes =
        file.disputes().stream()
            .map(
                d ->
                    new IncidentBrief.RelatedDispute(
                        d.id(),
                        d.openedAt(),
                        d.category(),
                        d.status(),
                        d.villageCode(),
                        d.relation(),
                        d.personId() == null ? null : "person:" + d.personId()))
            .toList();
    return new Read(incident, persons, vehicles, prior, disputes);
  }

  private static String name(Enum<?> constant) {
    return constant == null ? null : constant.name();
  }
}
