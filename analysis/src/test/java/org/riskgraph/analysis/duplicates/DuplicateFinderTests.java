package org.riskgraph.analysis.duplicates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.riskgraph.graph.person.Gender;
import org.riskgraph.graph.person.PersonFacts;
import org.riskgraph.graph.person.ResidentId;

class DuplicateFinderTests {

  private final DuplicateFinder finder = new DuplicateFinder();

  @Test
  void pairsRecordsWhoseIdsDifferBySwappedSequenceDigits() {
    // Given 张伟 and 张玮 whose IDs differ in sequence digits 15–16 (check digits recomputed)
    PersonFacts a = withId("P1", "张伟", "53232519900512123", "V001");
    PersonFacts b = withId("P2", "张玮", "53232519900512213", "V002");

    // When
    List<DuplicateCandidate> found = finder.find(List.of(a, b));

    // Then
    assertThat(found)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.aId()).isEqualTo("P1");
              assertThat(c.bId()).isEqualTo("P2");
              assertThat(c.score()).isGreaterThan(0.85);
              assertThat(c.reasons())
                  .contains(
                      "resident IDs differ by digits 15–16 swapped",
                      "same birth date 1990-05-12",
                      "similar names 张伟 / 张玮 (homophone 伟/玮)");
            });
  }

  @Test
  void pairsARecordWithoutIdByBirthDateGenderAndName() {
    PersonFacts registered = withId("P1", "李秀英", "53232519620301104", "V007");
    PersonFacts reported =
        new PersonFacts(
            "P9",
            "李秀瑛",
            Optional.empty(),
            Optional.of(Gender.F),
            Optional.of(LocalDate.of(1962, 3, 1)),
            Optional.of("V007"),
            Set.of(),
            Set.of());

    List<DuplicateCandidate> found = finder.find(List.of(registered, reported));

    assertThat(found)
        .singleElement()
        .satisfies(
            c ->
                assertThat(c.reasons())
                    .contains("same birth date 1962-03-01", "same gender", "same village V007"));
  }

  @Test
  void keepsApartNamesakesBornTheSameDayWithDifferentIds() {
    // the same name and birth date, but two unrelated resident IDs: two people
    PersonFacts a = withId("P1", "张伟", "53232519900512123", "V001");
    PersonFacts b = withId("P2", "张伟", "53232219900512457", "V001");

    assertThat(finder.find(List.of(a, b))).isEmpty();
  }

  @Test
  void keepsApartSimilarNamesWithDifferentBirthDates() {
    PersonFacts a = withId("P1", "张伟", "53232519900512123", "V001");
    PersonFacts b = withoutId("P2", "张伟", Gender.M, LocalDate.of(1991, 5, 12), "V001");

    assertThat(finder.find(List.of(a, b))).isEmpty();
  }

  @Test
  void keepsApartNeighboursInTheRegisterWithDifferentNames() {
    // born the same day, sequence numbers 123 and 213: only the name can tell, and it does
    PersonFacts a = withId("P1", "王芳", "53232519900512123", "V001");
    PersonFacts b = withId("P2", "李强", "53232519900512213", "V001");

    assertThat(finder.find(List.of(a, b))).isEmpty();
  }

  @Test
  void usesASharedPhoneWhereBirthDatesAreUnknown() {
    PersonFacts a = contact("P1", "陈静", "13812345678");
    PersonFacts b = contact("P2", "程静", "13812345678");
    PersonFacts wife = contact("P3", "李娜", "13812345678");

    List<DuplicateCandidate> found = finder.find(List.of(a, b, wife));

    assertThat(found)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(List.of(c.aId(), c.bId())).containsExactly("P1", "P2");
              assertThat(c.reasons())
                  .contains("shared phone 13812345678", "similar names 陈静 / 程静 (sounds alike 陈/程)");
            });
  }

  @Test
  void pairsARecordWithoutBirthDateWithANamesakeInTheSameVillage() {
    PersonFacts registered = withId("P1", "李秀英", "53232519620301104", "V007");
    PersonFacts noted =
        new PersonFacts(
            "P2",
            "李秀英",
            Optional.empty(),
            Optional.of(Gender.F),
            Optional.empty(),
            Optional.of("V007"),
            Set.of(),
            Set.of());
    PersonFacts elsewhere =
        new PersonFacts(
            "P3",
            "李秀英",
            Optional.empty(),
            Optional.of(Gender.F),
            Optional.empty(),
            Optional.of("V008"),
            Set.of(),
            Set.of());

    // same name, gender and village and nothing else: 10 bits, right at the default threshold
    List<DuplicateCandidate> found =
        new DuplicateFinder(DuplicateConfig.defaults().withMinScore(0.45))
            .find(List.of(registered, noted, elsewhere));

    assertThat(found).extracting(DuplicateCandidate::bId).containsExactly("P2");
    assertThat(found.getFirst().score()).isBetween(0.45, 0.5);
  }

  @Test
  void sortsCandidatesBestFirst() {
    List<DuplicateCandidate> found =
        finder.find(
            List.of(
                withId("P1", "张伟", "53232519900512123", "V001"),
                withId("P2", "张玮", "53232519900512213", "V001"),
                withId("P3", "李秀英", "53232519620301104", "V007"),
                withoutId("P4", "李秀", Gender.F, LocalDate.of(1962, 3, 1), "V007")));

    assertThat(found).hasSize(2);
    assertThat(found.get(0).score()).isGreaterThan(found.get(1).score());
    assertThat(found.get(0).aId()).isEqualTo("P1");
  }

  @Test
  void rejectsAPersonListedTwice() {
    PersonFacts a = withId("P1", "张伟", "53232519900512123", "V001");

    assertThatThrownBy(() -> finder.find(List.of(a, a)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("P1");
  }

  private static PersonFacts withId(String id, String name, String first17, String village) {
    return new PersonFacts(
        id,
        name,
        Optional.of(ResidentId.of(first17 + ResidentId.checkCharacter(first17))),
        Optional.empty(),
        Optional.empty(),
        Optional.of(village),
        Set.of(),
        Set.of());
  }

  private static PersonFacts withoutId(
      String id, String name, Gender gender, LocalDate born, String village) {
    return new PersonFacts(
        id,
        name,
        Optional.empty(),
        Optional.of(gender),
        Optional.of(born),
        Optional.of(village),
        Set.of(),
        Set.of());
  }

  private static PersonFacts contact(String id, String name, String phone) {
    return new PersonFacts(
        id,
        name,
        Optional.empty(),
        Optional.of(Gender.F),
        Optional.empty(),
        Optional.of("V003"),
        Set.of(phone),
        Set.of());
  }
}
