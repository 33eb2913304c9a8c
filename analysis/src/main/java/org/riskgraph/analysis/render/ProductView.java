package org.riskgraph.analysis.render;

import java.util.ArrayList;
import java.util.List;
import org.riskgraph.analysis.products.ChainSection;
import org.riskgraph.analysis.products.IncidentBrief;
import org.riskgraph.analysis.products.PersonDossier;
import org.riskgraph.analysis.products.ProductHeader;
import org.riskgraph.analysis.products.ResearchContent;
import org.riskgraph.analysis.products.VillageBrief;
import org.riskgraph.analysis.products.VillageContext;

/**
 * What {@code templates/product.html} prints: a stored research product's header and content (one
 * of three kinds, each with its own template), and the charts drawn from it.
 */
public record ProductView(ProductHeader header, ResearchContent content, Texts fmt) {

  static ProductView of(ProductHeader header, ResearchContent content, Texts t) {
    return new ProductView(header, content, t);
  }

  /** The template of the content: incident-brief, person-dossier or village-brief. */
  public String template() {
    return switch (content) {
      case IncidentBrief b -> "incident-brief";
      case PersonDossier d -> "person-dossier";
      case VillageBrief b -> "village-brief";
    };
  }

  public Svg chain(ChainSection.LinkChain chain) {
    return Charts.chain(chain, fmt);
  }

  /** The village brief's risk score by month. */
  public Svg riskChart(VillageBrief b) {
    return Charts.line(
        fmt.msg("chart.riskScore"),
        b.riskHistory().stream().map(r -> fmt.shortMonth(r.month())).toList(),
        b.riskHistory().stream().map(VillageBrief.RiskPoint::score).toList(),
        "#c8102e",
        680,
        fmt);
  }

  /** The village brief's incidents ({@code incidents}) or new disputes by month. */
  public Svg countChart(VillageBrief b, boolean incidents) {
    return Charts.line(
        fmt.msg(incidents ? "chart.incidentsPerMonth" : "chart.disputesPerMonth"),
        b.counts().stream().map(c -> fmt.shortMonth(c.month())).toList(),
        b.counts().stream().map(c -> incidents ? c.incidents() : c.newDisputes()).toList(),
        incidents ? Svg.CURRENT : "#7d4fa1",
        335,
        fmt);
  }

  /** A vehicle's owners: "张伟（P000123）、李娜（P000456）". */
  public String owners(IncidentBrief.Vehicle v) {
    List<String> owners = new ArrayList<>();
    for (int k = 0; k < v.ownerIds().size(); k++) {
      owners.add(v.ownerNames().get(k) + "（" + v.ownerIds().get(k) + "）");
    }
    return String.join("、", owners);
  }

  /** What drove a village's score, in the bureau's words. */
  public String drivers(VillageContext v) {
    return fmt.join(v.drivers().stream().map(d -> fmt.word("indicator", d)).toList());
  }

  /** The category of a timeline event in the words of its kind. */
  public String category(PersonDossier.Event e) {
    return switch (e.kind()) {
      case "INCIDENT" -> fmt.word("incident.category", nz(e.category()));
      case "DISPUTE" -> fmt.word("dispute.category", nz(e.category()));
      default -> nz(e.category());
    };
  }

  public String nz(String text) {
    return text == null ? "" : text;
  }
}
