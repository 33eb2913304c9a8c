package org.riskgraph.api.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.riskgraph.api.ApiClient;
import org.riskgraph.api.ApiTestBase;

/** Hostile input is answered with 4xx problem details and leaves the store as it was. */
class HostileInputIT extends ApiTestBase {

  private static final List<String> INJECTIONS =
      List.of(
          "' OR 1=1 //",
          "x}) DETACH DELETE n //",
          "MATCH (n) DETACH DELETE n",
          "P1`) CALL db.clearQueryCaches() //",
          "../../etc/passwd",
          "<script>alert(1)</script>",
          "%00",
          "P1\" RETURN 1 UNION MATCH (n) RETURN n //");

  @BeforeEach
  void data() {
    emptyStore();
    api.post(
        "/api/v1/import",
        "admin",
        "application/x-ndjson",
        """
        {"kind":"Township","code":"T1","name":"共和镇"}
        {"kind":"Village","code":"V1","name":"天台社区","townshipCode":"T1","population":3200}
        {"kind":"Person","id":"P1","name":"张伟","villageCode":"V1"}
        """);
  }

  @Test
  void cypherLookingStringsInEveryParameterChangeNothing() {
    Map<String, Long> before = census();
    for (String attack : INJECTIONS) {
      String encoded = URLEncoder.encode(attack, StandardCharsets.UTF_8).replace("+", "%20");
      for (String path :
          List.of(
              "/api/v1/entities/person/" + encoded,
              "/api/v1/entities/" + encoded + "/P1",
              "/api/v1/audit?user=" + encoded + "&subject=" + encoded,
              "/api/v1/audit?from=" + encoded,
              "/api/v1/supervision/controls?limit=" + encoded)) {
        ApiClient.Response response =
            api.get(
                path,
                path.contains("audit") || path.contains("supervision") ? "supervisor" : "analyst",
                "X-Purpose",
                "J2026101400001");
        assertThat(response.status()).as(path).isIn(200, 400, 404);
        if (response.status() != 200) {
          assertThat(response.header("Content-Type"))
              .as(path)
              .startsWith("application/problem+json");
        }
        // the client's own input may be named back to it; nothing of ours may show
        String ours =
            response
                .body()
                .replace(attack.replace("\"", "\\\""), "")
                .replace(attack, "")
                .replace(encoded, "");
        assertThat(ours)
            .as(path)
            .doesNotContainIgnoringCase("neo4j")
            .doesNotContain("MATCH")
            .doesNotContain("at org.");
      }
      api.post(
          "/api/v1/import",
          "admin",
          "application/x-ndjson",
          "{\"kind\":\"Person\",\"id\":\"" + attack.replace("\"", "\\\"") + "\",\"name\":\"x\"}");
    }
    Map<String, Long> after = census();
    assertThat(after.get("villages")).isEqualTo(before.get("villages"));
    assertThat(after.get("P1")).isOne();
  }

  @Test
  void malformedJsonIsAProblemAndWritesNothing() {
    Map<String, Long> before = census();

    ApiClient.Response response =
        api.post("/api/v1/import", "admin", "application/x-ndjson", "{\"kind\":\"Person\",\"id\":");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().at("/rejects/0/reason").asString()).startsWith("not valid JSON");
    assertThat(census()).isEqualTo(before);
  }

  @Test
  void anOversizedBodyIsRefusedBeforeAnythingIsRead() {
    Map<String, Long> before = census();
    String big = "{\"kind\":\"Township\",\"code\":\"T9\",\"name\":\"x\"}\n".repeat(30_000);

    ApiClient.Response response =
        api.post(
            "/api/v1/supervision/controls",
            "supervisor",
            "application/json",
            big,
            "X-Purpose",
            "J2026101400001");

    assertThat(response.status()).isEqualTo(413);
    assertThat(response.json().at("/type").asString()).isEqualTo("/problems/body-too-large");
    assertThat(census()).isEqualTo(before);
  }

  @Test
  void aWrongMethodOrMediaTypeIsAProblemToo() {
    ApiClient.Response wrongType = api.post("/api/v1/import", "admin", "application/xml", "<x/>");
    assertThat(wrongType.status()).isEqualTo(415);
    assertThat(wrongType.header("Content-Type")).startsWith("application/problem+json");
  }

  private Map<String, Long> census() {
    return Map.of(
        "nodes", count("MATCH (n) WHERE NOT n:AuditEntry AND NOT n:AuditHead RETURN count(n)"),
        "relationships", count("MATCH ()-[r]->() RETURN count(r)"),
        "villages", count("MATCH (v:Village) RETURN count(v)"),
        "P1", count("MATCH (p:Person {id: 'P1'}) RETURN count(p)"));
  }
}
