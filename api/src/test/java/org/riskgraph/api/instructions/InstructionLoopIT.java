package org.riskgraph.api.instructions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.riskgraph.api.ApiClient;
import org.riskgraph.api.ApiTestBase;
import org.riskgraph.graph.instruction.InstructionState;
import tools.jackson.databind.JsonNode;

class InstructionLoopIT extends ApiTestBase {

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
        {"kind":"Incident","id":"J20261014000001","reportedAt":"2026-10-14T08:30:00","category":"THEFT","severity":3,"villageCode":"V1"}
        """);
  }

  @Test
  void walksTheWholeLoopRecordingWhoAndWhen() {
    String id = issue(OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(2)).at("/id").asString();

    for (String to :
        new String[] {"ACKNOWLEDGED", "IN_PROGRESS", "REPORTED", "VERIFIED", "CLOSED"}) {
      ApiClient.Response moved = move(id, to);
      assertThat(moved.status()).as(to).isEqualTo(200);
      assertThat(moved.json().at("/state").asString()).isEqualTo(to);
    }

    JsonNode closed = api.get("/api/v1/instructions/" + id, "command").json();
    assertThat(closed.at("/history").size()).isEqualTo(6);
    assertThat(closed.at("/history/5/from").asString()).isEqualTo("VERIFIED");
    assertThat(closed.at("/history/5/by").asString()).isEqualTo("command");
    assertThat(closed.at("/closedAt").isNull()).isFalse();
    assertThat(closed.at("/incidents/0").asString()).isEqualTo("J20261014000001");
    JsonNode audit =
        api.get("/api/v1/audit?user=command&limit=1", "supervisor").json().at("/entries/0/event");
    assertThat(audit.at("/action").asString()).isEqualTo("INSTRUCTION_CHANGE");
    assertThat(audit.at("/subjects/0").asString()).isEqualTo("instruction:" + id);
  }

  @Test
  void refusesEveryIllegalTransitionWith409AndLeavesTheStateAlone() {
    String id = issue(OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(2)).at("/id").asString();
    InstructionState[] path = {
      InstructionState.ISSUED,
      InstructionState.ACKNOWLEDGED,
      InstructionState.IN_PROGRESS,
      InstructionState.REPORTED,
      InstructionState.VERIFIED,
      InstructionState.CLOSED
    };
    int refused = 0;
    for (int step = 0; step < path.length; step++) {
      InstructionState current = path[step];
      for (InstructionState target : EnumSet.allOf(InstructionState.class)) {
        if (current.canMoveTo(target)) {
          continue;
        }
        ApiClient.Response response = move(id, target.name());
        assertThat(response.status()).as(current + " -> " + target).isEqualTo(409);
        assertThat(response.json().at("/type").asString())
            .isEqualTo("/problems/illegal-transition");
        refused++;
      }
      assertThat(api.get("/api/v1/instructions/" + id, "command").json().at("/state").asString())
          .isEqualTo(current.name());
      if (step + 1 < path.length) {
        assertThat(move(id, path[step + 1].name()).status()).isEqualTo(200);
      }
    }
    assertThat(refused).isEqualTo(36 - 6);
  }

  @Test
  void sendsAReportBackToWork() {
    String id = issue(OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(2)).at("/id").asString();
    move(id, "ACKNOWLEDGED");
    move(id, "IN_PROGRESS");
    move(id, "REPORTED");

    assertThat(move(id, "IN_PROGRESS").json().at("/state").asString()).isEqualTo("IN_PROGRESS");
  }

  @Test
  void listsAsOverdueOnlyWhatIsPastItsDeadlineAndOpen() {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
    String late = issue(now.minusSeconds(2)).at("/id").asString();
    String soon = issue(now.plusMinutes(30)).at("/id").asString();
    String lateButClosed = issue(now.minusSeconds(1)).at("/id").asString();
    for (String to :
        new String[] {"ACKNOWLEDGED", "IN_PROGRESS", "REPORTED", "VERIFIED", "CLOSED"}) {
      move(lateButClosed, to);
    }

    JsonNode overdue =
        api.get("/api/v1/instructions?overdue=true", "command").json().at("/instructions");

    assertThat(overdue.size()).isEqualTo(1);
    assertThat(overdue.get(0).at("/id").asString()).isEqualTo(late);
    assertThat(overdue.get(0).at("/overdue").asBoolean()).isTrue();
    assertThat(api.get("/api/v1/instructions/" + soon, "command").json().at("/overdue").asBoolean())
        .isFalse();
  }

  @Test
  void givesMonthlyStatisticsWithClosureAndOnTimeRates() {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
    String done = issue(now.plusDays(1)).at("/id").asString();
    issue(now.plusDays(1));
    for (String to :
        new String[] {"ACKNOWLEDGED", "IN_PROGRESS", "REPORTED", "VERIFIED", "CLOSED"}) {
      move(done, to);
    }

    JsonNode stats =
        api.get(
                "/api/v1/instructions/stats?month=" + now.toLocalDate().toString().substring(0, 7),
                "leader")
            .json();

    JsonNode all = stats.at("/assignees/0");
    assertThat(all.at("/assignee").asString()).isEqualTo("*");
    assertThat(all.at("/issued").asLong()).isEqualTo(2);
    assertThat(all.at("/closed").asLong()).isEqualTo(1);
    assertThat(all.at("/closureRate").asDouble()).isEqualTo(0.5);
    assertThat(all.at("/onTimeRate").asDouble()).isEqualTo(1.0);
  }

  @Test
  void rejectsBadRequestsWithProblemsNamingTheField() {
    ApiClient.Response noTitle =
        api.post(
            "/api/v1/instructions",
            "command",
            "application/json",
            "{\"body\":\"x\",\"assignee\":\"所\",\"deadline\":\"2026-12-01T10:00:00\"}");
    assertThat(noTitle.status()).isEqualTo(400);
    assertThat(noTitle.json().at("/parameter").asString()).isEqualTo("title");

    ApiClient.Response unknownIncident =
        api.post(
            "/api/v1/instructions",
            "command",
            "application/json",
            "{\"title\":\"t\",\"body\":\"b\",\"assignee\":\"所\",\"deadline\":\"2026-12-01T10:00:00\",\"incidents\":[\"J0\"]}");
    assertThat(unknownIncident.status()).isEqualTo(400);
    assertThat(unknownIncident.json().at("/parameter").asString()).isEqualTo("incidents");

    assertThat(move("ZL00000000-0000", "ACKNOWLEDGED").status()).isEqualTo(404);
    assertThat(api.get("/api/v1/instructions/stats?month=2026-13", "command").status())
        .isEqualTo(400);
  }

  private JsonNode issue(OffsetDateTime deadline) {
    ApiClient.Response response =
        api.post(
            "/api/v1/instructions",
            "command",
            "application/json",
            """
            {"title":"核查盗窃警情嫌疑车辆","body":"请于期限内核查并反馈。","assignee":"共和派出所",
             "deadline":"%s","priority":"URGENT","incidents":["J20261014000001"]}
            """
                .formatted(deadline));
    assertThat(response.status()).isEqualTo(201);
    return response.json();
  }

  private ApiClient.Response move(String id, String to) {
    return api.post(
        "/api/v1/instructions/" + id + "/transitions",
        "command",
        "application/json",
        "{\"to\":\"" + to + "\",\"note\":\"已处理\"}");
  }
}
