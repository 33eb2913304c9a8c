package org.riskgraph.graph.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.riskgraph.graph.entity.EntityKind;
import org.riskgraph.graph.entity.EntityRef;
import org.riskgraph.graph.incident.IncidentCategory;

class FieldsTests {

  @Test
  void readsTimesWithoutOffsetAsShanghaiTime() {
    OffsetDateTime time = Fields.requireDateTime("at", "2026-10-14T08:30:00");

    assertThat(time).isEqualTo(OffsetDateTime.of(2026, 10, 14, 8, 30, 0, 0, ZoneOffset.ofHours(8)));
  }

  @Test
  void convertsOtherOffsetsToShanghaiKeepingTheInstant() {
    OffsetDateTime time = Fields.requireDateTime("at", "2026-10-14T00:30:00Z");

    assertThat(time.getOffset()).isEqualTo(ZoneOffset.ofHours(8));
    assertThat(time.getHour()).isEqualTo(8);
  }

  @Test
  void rejectsUnreadableDatesNamingFieldAndValue() {
    assertThatThrownBy(() -> Fields.requireDateTime("reportedAt", "14/10/2026"))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessage("reportedAt: is not an ISO-8601 date-time (was '14/10/2026')");
    assertThatThrownBy(() -> Fields.requireDate("startsOn", "2026-13-01"))
        .hasMessageContaining("startsOn");
  }

  @Test
  void rejectsUnknownEnumCodesListingTheKnownOnes() {
    assertThat(Fields.requireEnum("category", "theft", IncidentCategory.class))
        .isEqualTo(IncidentCategory.THEFT);
    assertThatThrownBy(() -> Fields.requireEnum("category", "PETITION", IncidentCategory.class))
        .hasMessageContaining("category")
        .hasMessageContaining("PETITION")
        .hasMessageContaining("THEFT");
  }

  @Test
  void checksNumberRanges() {
    assertThat(Fields.requireLong("severity", "4", 1, 4)).isEqualTo(4);
    assertThatThrownBy(() -> Fields.requireLong("severity", "5", 1, 4))
        .hasMessageContaining("between 1 and 4");
    assertThatThrownBy(() -> Fields.requireLong("population", "many", 0, 10))
        .hasMessageContaining("whole number");
  }

  @Test
  void parsesEntityReferencesAndNormalisesPlates() {
    EntityRef ref = EntityRef.parse("vehicle:云e 12345");

    assertThat(ref.kind()).isEqualTo(EntityKind.VEHICLE);
    assertThat(ref.key()).isEqualTo("云E12345");
    assertThat(ref).hasToString("vehicle:云E12345");
    assertThatThrownBy(() -> EntityRef.parse("person")).hasMessageContaining("kind:key");
    assertThatThrownBy(() -> EntityRef.parse("alien:X1")).hasMessageContaining("alien");
  }
}
