package org.riskgraph.analysis.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.riskgraph.graph.person.PersonFacts;

/**
 * The default threshold on a synthetic county: 20,000 residents with realistic name frequencies, 3%
 * of them registered without an ID, and 60 planted duplicates.
 */
class DuplicateFinderCalibrationTests {

  private static final SyntheticPopulation.Population COUNTY =
      SyntheticPopulation.generate(new SyntheticPopulation.Config(20_000, 60, 0.03, 42));

  @Test
  void populationSharesNamesAndBirthYearsAsARealOneDoes() {
    Map<String, Integer> byNameAndYear = new HashMap<>();
    Map<String, Integer> byName = new HashMap<>();
    for (PersonFacts p : COUNTY.persons()) {
      byName.merge(p.name(), 1, Integer::sum);
      p.birthDate()
          .map(LocalDate::getYear)
          .ifPresent(y -> byNameAndYear.merge(p.name() + y, 1, Integer::sum));
    }
    long sharedNameAndYear = byNameAndYear.values().stream().filter(n -> n > 1).count();

    assertThat(byName.values().stream().mapToInt(Integer::intValue).max().orElse(0))
        .as("the commonest name")
        .isGreaterThan(20);
    assertThat(sharedNameAndYear)
        .as("names shared with someone born the same year")
        .isGreaterThan(200);
  }

  @Test
  void findsPlantedDuplicatesWithPrecisionAndRecallAbove90Percent() {
    List<DuplicateCandidate> found = new DuplicateFinder().find(COUNTY.persons());

    Quality quality = Quality.of(found, COUNTY.duplicates());

    assertThat(quality.recall()).as(quality.toString()).isGreaterThanOrEqualTo(0.9);
    assertThat(quality.precision()).as(quality.toString()).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void explainsEveryCandidate() {
    List<DuplicateCandidate> found = new DuplicateFinder().find(COUNTY.persons());

    assertThat(found).allSatisfy(c -> assertThat(c.reasons()).isNotEmpty());
    assertThat(found).isSortedAccordingTo((x, y) -> Double.compare(y.score(), x.score()));
  }
}
