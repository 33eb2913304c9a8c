package org.riskgraph.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.riskgraph.api.ApiClient;
import org.riskgraph.api.ApiTestBase;
import tools.jackson.databind.JsonNode;

class AuditTrailIT extends ApiTestBase {

  private static final String PEOPLE =
      """
      {"kind":"Township","code":"T1","name":"共和镇"}
      {"kind":"Village","code":"V1","name":"天台社区","townshipCode":"T1","population":3200}
      {"kind":"Person","id":"P1","name":"张伟","villageCode":"V1"}
      {"kind":"Officer","badge":"B001","name":"赵强"}
      {"kind":"Control","id":"C1","personId":"P1","category":"PAROLE","level":"A","legalBasis":"《刑法》第八十一条","startsOn":"2026-01-01","endsOn":"2099-12-31","officerBadge":"B001"}
      """;

  @BeforeEach
  void data() {
    emptyStore();
    api.post("/api/v1/import", "admin", "application/x-ndjson", PEOPLE);
  }

  @Test
  void aPersonReadWithoutPurposeIsRefusedWithAProblem() {
    ApiClient.Response response = api.get("/api/v1/entities/person/P1", "analyst");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().at("/type").asString()).isEqualTo("/problems/purpose-required");
    assertThat(response.json().at("/parameter").asString()).isEqualTo("X-Purpose");
    assertThat(response.body()).doesNotContain("张伟");
  }

  @Test
  void aTooShortReasonIsNotAPurposeButAChineseReasonIs() {
    assertThat(api.get("/api/v1/entities/person/P1", "analyst", "X-Purpose", "look").status())
        .isEqualTo(400);
    String reason = URLEncoder.encode("核查盗窃案件关联人员", StandardCharsets.UTF_8);
    assertThat(api.get("/api/v1/entities/person/P1", "analyst", "X-Purpose", reason).status())
        .isEqualTo(200);
    JsonNode entry = latest("analyst");
    assertThat(entry.at("/event/purpose").asString()).isEqualTo("核查盗窃案件关联人员");
  }

  @Test
  void leadersAreRefusedPersonLevelRecordsEvenWithAPurpose() {
    ApiClient.Response response =
        api.get("/api/v1/entities/person/P1", "leader", "X-Purpose", "J2026101400001");

    assertThat(response.status()).isEqualTo(403);
    assertThat(response.json().at("/detail").asString()).contains("aggregates only");
    assertThat(response.body()).doesNotContain("张伟");
  }

  @Test
  void writesWhoWhatWhichSubjectsAndWhyForAPersonRead() {
    api.get("/api/v1/entities/person/P1", "analyst", "X-Purpose", "J2026101400001");

    JsonNode entry = latest("analyst");
    assertThat(entry.at("/event/action").asString()).isEqualTo("ENTITY_READ");
    assertThat(entry.at("/event/endpoint").asString())
        .isEqualTo("GET /api/v1/entities/{kind}/{key}");
    assertThat(entry.at("/event/parameters").asString()).isEqualTo("/api/v1/entities/person/P1");
    assertThat(entry.at("/event/subjects/0").asString()).isEqualTo("person:P1");
    assertThat(entry.at("/event/purpose").asString()).isEqualTo("J2026101400001");
    assertThat(entry.at("/event/outcome").asString()).isEqualTo("200");
    assertThat(entry.at("/event/resultSize").asLong()).isEqualTo(1);
    assertThat(entry.at("/event/roles/0").asString()).isEqualTo("ANALYST");
  }

  @Test
  void auditsRefusalsMissingPurposeAndFailedLogins() {
    api.get("/api/v1/entities/person/P1", "leader", "X-Purpose", "J2026101400001");
    api.get("/api/v1/entities/person/P1", "command");
    api.send(
        api.request("/api/v1/stats", null)
            .header("Authorization", "Basic " + basic("analyst:wrong"))
            .GET());

    assertThat(latest("leader").at("/event/action").asString()).isEqualTo("ACCESS_DENIED");
    JsonNode noPurpose = latest("command");
    assertThat(noPurpose.at("/event/action").asString()).isEqualTo("ENTITY_READ");
    assertThat(noPurpose.at("/event/outcome").asString()).isEqualTo("400");
    assertThat(noPurpose.at("/event/subjects").size()).isZero();
    JsonNode failure = latest("analyst");
    assertThat(failure.at("/event/action").asString()).isEqualTo("LOGIN_FAILURE");
  }

  @Test
  void auditsImportsWithTheSupervisionRecordsTheyChanged() {
    emptyStore();
    api.post("/api/v1/import", "admin", "application/x-ndjson", PEOPLE);

    JsonNode entry = latest("admin");
    assertThat(entry.at("/event/action").asString()).isEqualTo("IMPORT");
    assertThat(entry.at("/event/subjects/0").asString()).isEqualTo("control:C1");
  }

  @Test
  void theChainVerifiesAndAnEditInTheStoreIsReported() {
    api.get("/api/v1/entities/person/P1", "analyst", "X-Purpose", "J2026101400001");
    assertThat(api.get("/api/v1/audit/verify", "supervisor").json().at("/ok").asBoolean()).isTrue();

    long seq = latest("analyst").at("/seq").asLong();
    store.write(
        tx ->
            tx.run(
                    "MATCH (e:AuditEntry {seq: $seq}) SET e.purpose = 'nothing to see'",
                    java.util.Map.of("seq", seq))
                .consume());

    JsonNode verify = api.get("/api/v1/audit/verify", "supervisor").json();
    assertThat(verify.at("/ok").asBoolean()).isFalse();
    assertThat(verify.at("/brokenAt").asLong()).isEqualTo(seq);
    store.write(
        tx ->
            tx.run(
                    "MATCH (e:AuditEntry {seq: $seq}) SET e.purpose = 'J2026101400001'",
                    java.util.Map.of("seq", seq))
                .consume());
    assertThat(api.get("/api/v1/audit/verify", "supervisor").json().at("/ok").asBoolean()).isTrue();
  }

  @Test
  void aRequestWhoseAuditEntryCannotBeWrittenFailsWithoutItsData() {
    long next =
        store.read(tx -> tx.run("MATCH (h:AuditHead) RETURN h.seq AS s").single().get("s").asLong())
            + 1;
    // A squatter on the next sequence number makes the append violate the uniqueness constraint.
    store.write(
        tx -> tx.run("CREATE (:AuditEntry {seq: $seq})", java.util.Map.of("seq", next)).consume());
    try {
      ApiClient.Response response =
          api.get("/api/v1/entities/person/P1", "analyst", "X-Purpose", "J2026101400001");

      assertThat(response.status()).isEqualTo(500);
      assertThat(response.body()).doesNotContain("张伟").doesNotContain("AuditEntry");
    } finally {
      store.write(
          tx ->
              tx.run(
                      "MATCH (e:AuditEntry {seq: $seq}) WHERE e.hash IS NULL DELETE e",
                      java.util.Map.of("seq", next))
                  .consume());
    }
  }

  @Test
  void listsEntriesBySubjectForSupervisorsOnly() {
    api.get("/api/v1/entities/person/P1", "analyst", "X-Purpose", "J2026101400001");

    JsonNode entries =
        api.get("/api/v1/audit?subject=person:P1&limit=5", "supervisor").json().at("/entries");
    assertThat(entries.size()).isPositive();
    assertThat(entries.get(0).at("/event/subjects/0").asString()).isEqualTo("person:P1");
    assertThat(api.get("/api/v1/audit", "analyst").status()).isEqualTo(403);
  }

  private JsonNode latest(String user) {
    return api.get("/api/v1/audit?user=" + user + "&limit=1", "supervisor").json().at("/entries/0");
  }

  private static String basic(String credentials) {
    return java.util.Base64.getEncoder()
        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
  }
}
