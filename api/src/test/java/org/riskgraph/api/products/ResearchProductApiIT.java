package org.riskgraph.api.products;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.riskgraph.api.ApiClient;
import org.riskgraph.api.ApiTestBase;
import org.riskgraph.api.TinyCounty;
import org.riskgraph.api.links.LinkProjection;
import org.riskgraph.fixtures.County;
import org.riskgraph.fixtures.plant.GroundTruth;
import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.dispute.Dispute;
import org.riskgraph.graph.dispute.DisputeStatus;
import org.riskgraph.graph.incident.Incident;
import org.riskgraph.graph.incident.Involvement;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Research products on the tiny county: built, stored, read back, printed, audited. */
class ResearchProductApiIT extends ApiTestBase {

  private static final String PURPOSE = "J20261014000001";

  private County county;
  private GroundTruth.TheftRing ring;

  @Autowired LinkProjection projection;

  @BeforeEach
  void tinyCountyWithCoTravel() {
    TinyCounty.ensureLoadedWithCoTravel(this, projection);
    county = TinyCounty.county();
    ring = county.groundTruth().theftRing().orElseThrow();
  }

  @Test
  void briefsAnIncidentWithItsPeopleVehiclesHistoryDisputesAndVillage() {
    ApiClient.Response created =
        create("analyst", "INCIDENT_BRIEF", "incident:" + ring.incident(), "盗窃团伙线索研判分析");

    assertThat(created.status()).isEqualTo(201);
    JsonNode product = created.json();
    assertThat(product.at("/id").asString()).matches("YP\\d{8}-\\d{4}");
    assertThat(product.at("/purpose").asString()).isEqualTo("盗窃团伙线索研判分析");
    assertThat(product.at("/createdBy").asString()).isEqualTo("analyst");
    JsonNode brief = product.at("/content");
    assertThat(brief.at("/incident/id").asString()).isEqualTo(ring.incident());
    Map<String, String> roles = new java.util.HashMap<>();
    brief
        .at("/persons")
        .forEach(p -> roles.put("person:" + p.at("/id").asString(), p.at("/role").asString()));
    Map<String, String> expected =
        county.involvements().stream()
            .filter(i -> i.incidentId().equals(ring.incident()) && i.personId() != null)
            .collect(
                Collectors.toMap(i -> "person:" + i.personId(), i -> i.role().name(), (a, b) -> a));
    assertThat(roles).isEqualTo(expected);
    assertThat(roles)
        .containsEntry(ring.endpoints().get(0), "SUSPECT")
        .containsEntry(ring.endpoints().get(1), "SUSPECT");
    assertThat(brief.at("/vehicles").size())
        .isEqualTo(
            county.involvements().stream()
                .filter(i -> i.incidentId().equals(ring.incident()) && i.plate() != null)
                .count());
    assertThat(priorIds(brief)).isEqualTo(expectedPrior(ring.incident()));
    assertThat(brief.at("/village/code").asString())
        .isEqualTo(incident(ring.incident()).villageCode());
    assertThat(brief.at("/village/level").asString()).isIn("BLUE", "YELLOW", "ORANGE", "RED");
    List<String> subjects = new ArrayList<>();
    product.at("/subjects").forEach(s -> subjects.add(s.asString()));
    assertThat(subjects).contains("incident:" + ring.incident()).containsAll(ring.endpoints());
  }

  @Test
  void briefOfTheRingsTheftContainsTheRingsChainBetweenItsSuspects() {
    JsonNode brief =
        create("analyst", "INCIDENT_BRIEF", "incident:" + ring.incident(), "")
            .json()
            .at("/content/chains");

    assertThat(brief.at("/status").asString()).isEqualTo("FOUND");
    JsonNode pair = null;
    for (JsonNode p : brief.at("/pairs")) {
      if (Set.of(p.at("/from").asString(), p.at("/to").asString())
          .equals(Set.copyOf(ring.endpoints()))) {
        pair = p;
      }
    }
    assertThat(pair).as("the pair of the ring's endpoints").isNotNull();
    assertThat(pair.at("/truncated").asBoolean()).isFalse();
    assertThat(pair.at("/chains/0/length").asInt()).isEqualTo(ring.chainLength());
    List<List<String>> chains = new ArrayList<>();
    for (JsonNode chain : pair.at("/chains")) {
      List<String> nodes = new ArrayList<>();
      chain.at("/nodes").forEach(n -> nodes.add(n.asString()));
      chains.add(
          pair.at("/from").asString().equals(ring.endpoints().get(0)) ? nodes : nodes.reversed());
      assertThat(chain.at("/sentences").size()).isEqualTo(chain.at("/length").asInt());
      chain.at("/sentences").forEach(s -> assertThat(s.asString()).isNotBlank());
    }
    assertThat(chains).contains(ring.chain());
    assertThat(pair.at("/chains/0/types").toString()).doesNotContain("INVOLVED_IN");
  }

  @Test
  void readsTheStoredProductBackAsJsonAndAsAPrintablePageAndListsIt() {
    String id =
        create("command", "INCIDENT_BRIEF", "incident:" + ring.incident(), "")
            .json()
            .at("/id")
            .asString();

    ApiClient.Response json =
        api.get("/api/v1/research-products/" + id, "analyst", "X-Purpose", PURPOSE);
    ApiClient.Response html =
        api.get(
            "/api/v1/research-products/" + id + "?format=html", "analyst", "X-Purpose", PURPOSE);
    ApiClient.Response english =
        api.get(
            "/api/v1/research-products/" + id + "?lang=en",
            "analyst",
            "X-Purpose",
            PURPOSE,
            "Accept",
            "text/html");
    JsonNode list =
        api.get(
                "/api/v1/research-products?subject=incident:"
                    + ring.incident()
                    + "&kind=INCIDENT_BRIEF",
                "analyst",
                "X-Purpose",
                PURPOSE)
            .json();

    assertThat(json.json().at("/content/incident/id").asString()).isEqualTo(ring.incident());
    assertThat(json.json().at("/purpose").asString())
        .as("the header's purpose when the body has none")
        .isEqualTo(PURPOSE);
    assertThat(html.header("Content-Type")).startsWith("text/html");
    String endpointName = name(ring.endpoints().get(0));
    assertThat(html.body()).contains("警情研判简报", id, endpointName, "内部资料").doesNotContain("<script");
    assertThat(english.body()).contains("Incident brief", "Persons involved");
    List<String> ids = new ArrayList<>();
    list.at("/products").forEach(p -> ids.add(p.at("/id").asString()));
    assertThat(ids).contains(id);
    assertThat(list.at("/products/0/content").isMissingNode()).isTrue();
  }

  @Test
  void dossierShowsTheTimelineTheSharedPhonesAndOnlyControlsInForce() {
    String person = ring.endpoints().get(0);

    JsonNode created = create("analyst", "PERSON_DOSSIER", person, "").json();
    JsonNode dossier = created.at("/content");
    String page = page(created.at("/id").asString());

    assertThat(dossier.at("/person/name").asString()).isEqualTo(name(person));
    List<String> timeline = new ArrayList<>();
    dossier.at("/timeline").forEach(e -> timeline.add(e.at("/ref").asString()));
    assertThat(timeline).contains("incident:" + ring.incident());
    Set<String> sharing = new java.util.HashSet<>();
    dossier
        .at("/links")
        .forEach(
            l -> {
              if (l.at("/type").asString().equals("SHARES_PHONE")) {
                sharing.add(l.at("/other").asString());
              }
            });
    assertThat(sharing).isNotEmpty();
    assertThat(ring.members().stream().map(m -> "person:" + m).toList()).containsAll(sharing);
    LocalDate today = LocalDate.now(Fields.CHINA);
    long inForce =
        county.controls().stream()
            .filter(c -> ("person:" + c.personId()).equals(person) && c.activeOn(today))
            .count();
    assertThat(dossier.at("/controls").size()).isEqualTo(inForce);
    assertThat(page).contains("人员档案", name(person), ring.incident()).doesNotContain("<script");
  }

  @Test
  void villageBriefHasTwoYearsOfRiskAndTheDisputesStillOpen() {
    String village = incident(ring.incident()).villageCode();

    JsonNode created = create("command", "VILLAGE_BRIEF", "village:" + village, "").json();
    JsonNode brief = created.at("/content");
    String page = page(created.at("/id").asString());

    assertThat(brief.at("/village/code").asString()).isEqualTo(village);
    assertThat(brief.at("/riskHistory").size()).isEqualTo(24);
    assertThat(brief.at("/riskHistory/23/month").asString()).isEqualTo("2026-10");
    Set<String> open = new java.util.HashSet<>();
    brief.at("/openDisputes").forEach(d -> open.add(d.at("/id").asString()));
    assertThat(open)
        .isEqualTo(
            county.disputes().stream()
                .filter(d -> d.villageCode().equals(village))
                .filter(
                    d -> d.status() == DisputeStatus.OPEN || d.status() == DisputeStatus.MEDIATING)
                .map(Dispute::id)
                .collect(Collectors.toSet()));
    assertThat(brief.at("/now/month").asString()).isEqualTo("2026-10");
    assertThat(page)
        .contains("村情简报", brief.at("/village/name").asString(), "<svg")
        .doesNotContain("<script");
  }

  /** The stored product as its printable page. */
  private String page(String id) {
    ApiClient.Response html =
        api.get(
            "/api/v1/research-products/" + id + "?format=html", "analyst", "X-Purpose", PURPOSE);
    assertThat(html.header("Content-Type")).startsWith("text/html");
    return html.body();
  }

  @Test
  void isPersonLevelAuditedWithTheRecordsItNamesAndRefusesBadRequests() {
    String subject = "incident:" + ring.incident();
    assertThat(create("leader", "INCIDENT_BRIEF", subject, "").status()).isEqualTo(403);
    assertThat(
            api.post(
                    "/api/v1/research-products",
                    "analyst",
                    "application/json",
                    "{\"kind\":\"INCIDENT_BRIEF\",\"subject\":\"" + subject + "\"}")
                .status())
        .isEqualTo(400);
    assertBad(create("analyst", "PERSON_DOSSIER", subject, ""), "subject");
    assertBad(create("analyst", "INCIDENT_BRIEF", "incident:J0", ""), "subject");
    assertBad(create("analyst", "BRIEFING", subject, ""), "kind");
    assertBad(create("analyst", "INCIDENT_BRIEF", "nonsense", ""), "subject");
    assertBad(create("analyst", "INCIDENT_BRIEF", subject, "short"), "purpose");
    assertBad(
        api.post(
            "/api/v1/research-products",
            "analyst",
            "application/json",
            "{\"subject\":\"" + subject + "\"}",
            "X-Purpose",
            PURPOSE),
        "kind");
    assertBad(
        api.get("/api/v1/research-products?limit=0", "analyst", "X-Purpose", PURPOSE), "limit");
    assertBad(
        api.get("/api/v1/research-products?kind=MEMO", "analyst", "X-Purpose", PURPOSE), "kind");
    assertThat(
            api.get("/api/v1/research-products/YP20000101-0001", "analyst", "X-Purpose", PURPOSE)
                .status())
        .isEqualTo(404);

    String id = create("analyst", "INCIDENT_BRIEF", subject, "").json().at("/id").asString();
    api.get(
        "/api/v1/research-products/" + id + "?format=html",
        "command",
        "X-Purpose",
        java.net.URLEncoder.encode("核查团伙盗窃线索", java.nio.charset.StandardCharsets.UTF_8));

    JsonNode entry =
        api.get("/api/v1/audit?user=command&limit=1", "supervisor").json().at("/entries/0/event");
    assertThat(entry.at("/action").asString()).isEqualTo("RESEARCH_PRODUCT");
    assertThat(entry.at("/purpose").asString()).isEqualTo("核查团伙盗窃线索");
    List<String> subjects = new ArrayList<>();
    entry.at("/subjects").forEach(s -> subjects.add(s.asString()));
    assertThat(subjects).contains("research-product:" + id, subject).containsAll(ring.endpoints());
  }

  @Test
  void anInstructionCanRestOnAProduct() {
    String id =
        create("command", "INCIDENT_BRIEF", "incident:" + ring.incident(), "")
            .json()
            .at("/id")
            .asString();

    ApiClient.Response instruction =
        api.post(
            "/api/v1/instructions",
            "command",
            "application/json",
            """
            {"title":"核查盗窃团伙","body":"依研判产品核查团伙成员及车辆。","assignee":"共和派出所",
             "deadline":"%s","priority":"URGENT","incidents":["%s"],"products":["%s"]}
            """
                .formatted(
                    OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(3), ring.incident(), id));

    assertThat(instruction.status()).isEqualTo(201);
    assertThat(instruction.json().at("/products/0").asString()).isEqualTo(id);
  }

  private ApiClient.Response create(String user, String kind, String subject, String purpose) {
    return api.post(
        "/api/v1/research-products",
        user,
        "application/json",
        "{\"kind\":\"%s\",\"subject\":\"%s\",\"purpose\":\"%s\"}".formatted(kind, subject, purpose),
        "X-Purpose",
        PURPOSE);
  }

  private static void assertBad(ApiClient.Response response, String parameter) {
    assertThat(response.status()).as(parameter).isEqualTo(400);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    assertThat(response.json().at("/type").asString()).isEqualTo("/problems/invalid-parameter");
    assertThat(response.json().at("/parameter").asString()).isEqualTo(parameter);
  }

  private Incident incident(String id) {
    return county.incidents().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
  }

  private String name(String personRef) {
    String id = personRef.substring("person:".length());
    return county.persons().stream()
        .filter(p -> p.id().equals(id))
        .findFirst()
        .orElseThrow()
        .name();
  }

  private static Set<String> priorIds(JsonNode brief) {
    Set<String> ids = new java.util.HashSet<>();
    brief
        .at("/priorIncidents")
        .forEach(p -> ids.add(p.at("/who").asString() + " " + p.at("/id").asString()));
    return ids;
  }

  /** Every earlier incident of every person and vehicle of the incident (none has 20). */
  private Set<String> expectedPrior(String incidentId) {
    Incident incident = incident(incidentId);
    Set<String> who = new java.util.HashSet<>();
    for (Involvement i : county.involvements()) {
      if (i.incidentId().equals(incidentId)) {
        who.add(i.personId() != null ? "person:" + i.personId() : "vehicle:" + i.plate().value());
      }
    }
    Set<String> out = new java.util.HashSet<>();
    for (Involvement i : county.involvements()) {
      String w = i.personId() != null ? "person:" + i.personId() : "vehicle:" + i.plate().value();
      Incident other = incident(i.incidentId());
      if (who.contains(w)
          && !other.id().equals(incidentId)
          && other.reportedAt().isBefore(incident.reportedAt())) {
        out.add(w + " " + other.id());
      }
    }
    return out;
  }
}
