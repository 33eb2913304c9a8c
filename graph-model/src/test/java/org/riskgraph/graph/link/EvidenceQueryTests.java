package org.riskgraph.graph.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.riskgraph.graph.entity.EntityKind;
import org.riskgraph.graph.entity.EntityRef;

class EvidenceQueryTests {

  @Test
  void passesTheSameParameterTypesWhateverTheChainsHold() {
    // Given a query for one KNOWS hop between two persons, and one for a person's vehicle
    EvidenceQuery knows = new EvidenceQuery();
    EntityRef p1 = new EntityRef(EntityKind.PERSON, "P1");
    EntityRef p2 = new EntityRef(EntityKind.PERSON, "P2");
    knows.end(p1);
    knows.end(p2);
    knows.hop(LinkType.KNOWS, p1, p2);
    EvidenceQuery owns = new EvidenceQuery();
    EntityRef car = new EntityRef(EntityKind.VEHICLE, "云E12345");
    owns.end(p1);
    owns.end(car);
    owns.hop(LinkType.OWNS, p1, car);

    // When their parameters are built
    Map<String, Object> a = knows.parameters();
    Map<String, Object> b = owns.parameters();

    // Then every list is non-empty, so the server sees one set of parameter types and plans once
    assertThat(a.keySet()).isEqualTo(b.keySet());
    for (String name : a.keySet()) {
      assertThat(typeOf(a.get(name))).as(name).isEqualTo(typeOf(b.get(name)));
    }
    assertThat(a.values())
        .filteredOn(v -> v instanceof List<?>)
        .allSatisfy(v -> assertThat((List<?>) v).isNotEmpty());
    // and the lists that stand for "nothing here" match no entity: no key is empty
    assertThat(a.values()).contains(EvidenceQuery.NO_PAIRS, EvidenceQuery.NO_KEYS);
  }

  private static String typeOf(Object value) {
    if (value instanceof List<?> list) {
      Object first = list.getFirst();
      return "List<"
          + (first instanceof Map<?, ?> ? "Map" : first.getClass().getSimpleName())
          + ">";
    }
    return value.getClass().getSimpleName();
  }
}
