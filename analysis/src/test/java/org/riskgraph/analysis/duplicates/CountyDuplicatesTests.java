package org.riskgraph.analysis.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.riskgraph.fixtures.County;
import org.riskgraph.fixtures.CountyGenerator;
import org.riskgraph.fixtures.spec.Plants;
import org.riskgraph.fixtures.spec.Scale;
import org.riskgraph.graph.person.PersonFacts;

/**
 * The finder at the default threshold on the county fixtures (210,000 residents, 32 planted
 * duplicates: a name variant, and an ID with two sequence digits swapped or no ID), scored against
 * the generator's ground truth — the same persons, phones and vehicle owners the graph reader would
 * hand it.
 */
class CountyDuplicatesTests {

  private static List<PersonFacts> persons;
  private static Set<SyntheticPopulation.Pair> planted;
  private static List<DuplicateCandidate> found;

  @BeforeAll
  static void county() {
    County county = CountyGenerator.generate(Scale.COUNTY, 42, Plants.ALL);
    persons = CountyFacts.of(county);
    planted = CountyFacts.truth(county);
    found = new DuplicateFinder().find(persons);
  }

  @Test
  void findsThePlantedDuplicatesWithRecallAndPrecisionOfAtLeast90Percent() {
    Quality quality = Quality.of(found, planted);

    assertThat(planted).as("planted pairs").hasSize(Scale.COUNTY.duplicates());
    assertThat(quality.recall()).as(quality.toString()).isGreaterThanOrEqualTo(0.9);
    assertThat(quality.precision()).as(quality.toString()).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void explainsEveryPlantedPairItFindsByNameAndByBirthDateOrId() {
    List<DuplicateCandidate> plantedFound =
        found.stream()
            .filter(c -> planted.contains(SyntheticPopulation.Pair.of(c.aId(), c.bId())))
            .toList();

    assertThat(plantedFound)
        .isNotEmpty()
        .allSatisfy(
            c ->
                assertThat(c.reasons())
                    .anySatisfy(r -> assertThat(r).containsAnyOf("name", "names"))
                    .anySatisfy(
                        r -> assertThat(r).containsAnyOf("same birth date", "resident IDs")));
  }
}
