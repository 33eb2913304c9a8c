package org.riskgraph.api.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.riskgraph.api.ApiTestBase;
import org.riskgraph.graph.common.Fields;
import tools.jackson.databind.JsonNode;

class RetentionIT extends ApiTestBase {

  @BeforeEach
  void controls() {
    emptyStore();
    LocalDate today = LocalDate.now(Fields.CHINA);
    String ndjson =
        """
        {"kind":"Township","code":"T1","name":"共和镇"}
        {"kind":"Village","code":"V1","name":"天台社区","townshipCode":"T1","population":3200}
        {"kind":"Person","id":"P1","name":"张伟","villageCode":"V1"}
        {"kind":"Person","id":"P2","name":"李娜","villageCode":"V1"}
        {"kind":"Person","id":"P3","name":"王芳","villageCode":"V1"}
        {"kind":"Control","id":"ACTIVE","personId":"P1","category":"PAROLE","level":"A","legalBasis":"《刑法》第八十一条","startsOn":"%s","endsOn":"%s"}
        {"kind":"Control","id":"ENDED","personId":"P2","category":"BAIL","level":"B","legalBasis":"《刑事诉讼法》第六十七条","startsOn":"%s","endsOn":"%s"}
        {"kind":"Control","id":"LONG_ENDED","personId":"P3","category":"BAIL","level":"B","legalBasis":"《刑事诉讼法》第六十七条","startsOn":"%s","endsOn":"%s"}
        {"kind":"ControlEvent","id":"E1","controlId":"LONG_ENDED","at":"%sT10:00:00","type":"CHECK_IN"}
        {"kind":"ControlEvent","id":"E2","controlId":"ACTIVE","at":"%sT10:00:00","type":"MISSED_CHECK_IN"}
        """
            .formatted(
                today.minusMonths(1),
                today.plusMonths(6),
                today.minusMonths(6),
                today.minusDays(1),
                today.minusYears(3),
                today.minusDays(400),
                today.minusYears(2),
                today.minusDays(3));
    assertThat(
            api.post("/api/v1/import", "admin", "application/x-ndjson", ndjson)
                .json()
                .at("/rejected")
                .asLong())
        .isZero();
  }

  @Test
  void expiredControlsDropOutOfTheSupervisionViewAtOnce() {
    JsonNode view =
        api.get(
                "/api/v1/supervision/controls",
                "supervisor",
                "X-Purpose",
                "monthly supervision review")
            .json();

    assertThat(view.at("/controls").size()).isEqualTo(1);
    assertThat(view.at("/controls/0/controlId").asString()).isEqualTo("ACTIVE");
    assertThat(view.at("/controls/0/missedCheckIns").asLong()).isEqualTo(1);
  }

  @Test
  void controlsPastTheirRetentionArePurgedWithTheirEventsAndThePurgeIsAudited() {
    JsonNode purge =
        api.post("/api/v1/admin/retention/purge", "admin", "application/json", "").json();

    assertThat(purge.at("/controlIds").size()).isEqualTo(1);
    assertThat(purge.at("/controlIds/0").asString()).isEqualTo("LONG_ENDED");
    assertThat(count("MATCH (c:Control) RETURN count(c)")).isEqualTo(2);
    assertThat(count("MATCH (e:ControlEvent {id: 'E1'}) RETURN count(e)")).isZero();
    assertThat(count("MATCH (p:Person {id: 'P3'}) RETURN count(p)")).isOne();
    JsonNode entry =
        api.get("/api/v1/audit?user=admin&limit=5", "supervisor").json().at("/entries");
    boolean audited = false;
    for (JsonNode e : entry) {
      if (e.at("/event/action").asString().equals("PURGE")) {
        audited = e.at("/event/subjects/0").asString().equals("control:LONG_ENDED");
      }
    }
    assertThat(audited).isTrue();
  }
}
