package org.riskgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FoundationApiIT extends ApiTestBase {

  private static final String SMALL =
      """
      {"kind":"Township","code":"T1","name":"共和镇"}
      {"kind":"Village","code":"V1","name":"天台社区","townshipCode":"T1","population":3200}
      {"kind":"Village","code":"V2","name":"庆丰村","townshipCode":"T1","population":1800}
      {"kind":"Adjacent","a":"V1","b":"V2"}
      {"kind":"Person","id":"P1","name":"张伟","idNumber":"532323198506120011","villageCode":"V1"}
      {"kind":"Vehicle","plate":"云E 12345","ownerId":"P1"}
      {"kind":"Person","id":"P2","name":"李娜","villageCode":"V9"}
      """;

  @BeforeEach
  void empty() {
    emptyStore();
  }

  @Test
  void healthIsOpenAndIncludesTheStore() {
    ApiClient.Response health = api.get("/actuator/health", null);

    assertThat(health.status()).isEqualTo(200);
    assertThat(health.json().at("/components/store/status").asString()).isEqualTo("UP");
  }

  @Test
  void apiNeedsCredentials() {
    assertThat(api.get("/api/v1/stats", null).status()).isEqualTo(401);
    assertThat(api.get("/api/v1/stats", "nobody").status()).isEqualTo(401);
  }

  @Test
  void importsNdjsonThroughTheApiAndReportsRejectsByLine() {
    ApiClient.Response response =
        api.post("/api/v1/import", "admin", "application/x-ndjson", SMALL);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().at("/created").asLong()).isEqualTo(6);
    assertThat(response.json().at("/rejects/0/line").asLong()).isEqualTo(7);
    assertThat(response.json().at("/rejects/0/field").asString()).isEqualTo("villageCode");
    assertThat(response.json().at("/kinds/Person/created").asLong()).isEqualTo(1);
  }

  @Test
  void servesStatsVillagesAndEntities() {
    api.post("/api/v1/import", "admin", "application/x-ndjson", SMALL);

    ApiClient.Response stats = api.get("/api/v1/stats", "admin");
    assertThat(stats.json().at("/nodes/Village").asLong()).isEqualTo(2);
    assertThat(stats.json().at("/relationships/ADJACENT_TO").asLong()).isEqualTo(1);

    ApiClient.Response villages = api.get("/api/v1/villages", "admin");
    assertThat(villages.json().get(0).get("townshipName").asString()).isEqualTo("共和镇");
    assertThat(villages.json().get(0).get("neighbours").asInt()).isEqualTo(1);

    ApiClient.Response vehicle =
        api.get(
            "/api/v1/entities/vehicle/" + encode("云E12345"),
            "analyst",
            "X-Purpose",
            "J2026101400001");
    assertThat(vehicle.status()).isEqualTo(200);
    assertThat(vehicle.json().at("/ref").asString()).isEqualTo("vehicle:云E12345");
    assertThat(vehicle.json().at("/relationships/<OWNS").asLong()).isEqualTo(1);
  }

  @Test
  void unknownEntityIsA404ProblemNamingIt() {
    ApiClient.Response response =
        api.get("/api/v1/entities/village/NOPE", "analyst", "X-Purpose", "J2026101400001");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    assertThat(response.json().at("/type").asString()).isEqualTo("/problems/unknown-entity");
    assertThat(response.json().at("/entity").asString()).isEqualTo("village:NOPE");
  }

  @Test
  void unknownKindIsA400ProblemNamingTheParameter() {
    ApiClient.Response response =
        api.get("/api/v1/entities/spaceship/X1", "analyst", "X-Purpose", "J2026101400001");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().at("/parameter").asString()).isEqualTo("kind");
  }

  static String encode(String text) {
    return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
  }
}
