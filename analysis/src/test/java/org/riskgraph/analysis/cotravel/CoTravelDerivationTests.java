package org.riskgraph.analysis.cotravel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.riskgraph.graph.common.InvalidFieldException;

class CoTravelDerivationTests {

  private static final long T0 = 1_750_000_000L;

  @Test
  void pairSeenTogetherAtThreeCheckpointsCoTravels() {
    Reads reads =
        new Reads()
            .at("KK1", "云A1", 0)
            .at("KK1", "云B2", 30)
            .at("KK2", "云A1", 1_000)
            .at("KK2", "云B2", 1_090)
            .at("KK3", "云B2", 5_000)
            .at("KK3", "云A1", 5_120);

    CoTravel result = derive(reads, 120, 3);

    assertThat(result.pairs()).hasSize(1);
    CoTravelPair pair = result.pairs().getFirst();
    assertThat(pair.plateA()).isEqualTo("云A1");
    assertThat(pair.plateB()).isEqualTo("云B2");
    assertThat(pair.count()).isEqualTo(3);
    assertThat(pair.checkpoints()).isEqualTo(3);
    assertThat(pair.firstAt().toEpochSecond()).isEqualTo(T0);
    assertThat(pair.lastAt().toEpochSecond()).isEqualTo(T0 + 5_120);
    assertThat(result.sightings()).isEqualTo(6);
  }

  @Test
  void readsFurtherApartThanTheWindowDoNotMeet() {
    Reads reads =
        new Reads()
            .at("KK1", "云A1", 0)
            .at("KK1", "云B2", 121)
            .at("KK2", "云A1", 1_000)
            .at("KK2", "云B2", 1_090)
            .at("KK3", "云A1", 5_000)
            .at("KK3", "云B2", 5_010);

    assertThat(derive(reads, 120, 3).pairs()).isEmpty();
    assertThat(derive(reads, 121, 3).pairs()).hasSize(1);
  }

  @Test
  void meetingsAtOneCheckpointCountOnceTowardsTheMinimum() {
    Reads reads = new Reads();
    for (int day = 0; day < 10; day++) {
      reads.at("KK1", "云A1", day * 86_400L).at("KK1", "云B2", day * 86_400L + 5);
    }
    reads.at("KK2", "云A1", 999_000).at("KK2", "云B2", 999_001);

    CoTravel result = derive(reads, 120, 3);

    assertThat(result.pairs()).isEmpty();
    assertThat(result.candidatePairs()).isEqualTo(1);
    assertThat(result.coSightings()).isEqualTo(11);
    assertThat(derive(reads, 120, 2).pairs().getFirst().count()).isEqualTo(11);
  }

  @Test
  void aVehicleDoesNotCoTravelWithItselfAndEveryPairInAConvoyCounts() {
    Reads reads = new Reads();
    for (String checkpoint : List.of("KK1", "KK2", "KK3")) {
      long t = checkpoint.hashCode() * 1_000L;
      reads
          .at(checkpoint, "云A1", t)
          .at(checkpoint, "云A1", t + 10)
          .at(checkpoint, "云B2", t + 20)
          .at(checkpoint, "云C3", t + 40);
    }

    List<CoTravelPair> pairs = derive(reads, 120, 3).pairs();

    assertThat(pairs)
        .extracting(p -> p.plateA() + "-" + p.plateB())
        .containsExactly("云A1-云B2", "云A1-云C3", "云B2-云C3");
    assertThat(pairs.getFirst().count()).isEqualTo(6);
  }

  @Test
  void countsOnlyReadsInsideThePeriod() {
    Reads reads =
        new Reads()
            .at("KK1", "云A1", 0)
            .at("KK1", "云B2", 30)
            .at("KK2", "云A1", 1_000)
            .at("KK2", "云B2", 1_090)
            .at("KK3", "云B2", 5_000)
            .at("KK3", "云A1", 5_120);
    CoTravelRule withoutFirst =
        new CoTravelRule(120, 3, Optional.of(time(T0 + 100)), Optional.empty());

    CoTravel result = new CoTravelDerivation(withoutFirst).derive(reads);

    assertThat(result.pairs()).isEmpty();
    assertThat(result.sightings()).isEqualTo(4);
  }

  @Test
  void refusesReadsOutOfOrderAndACheckpointTwice() {
    SightingFeed unordered =
        sink -> sink.accept("KK1", new String[] {"云A1", "云B2"}, new long[] {10, 5}, 2);
    SightingFeed twice =
        sink -> {
          sink.accept("KK1", new String[] {"云A1"}, new long[] {1}, 1);
          sink.accept("KK1", new String[] {"云B2"}, new long[] {2}, 1);
        };
    CoTravelDerivation derivation = new CoTravelDerivation(CoTravelRule.defaults());

    assertThatThrownBy(() -> derivation.derive(unordered))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> derivation.derive(twice)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rulesOutsideTheirBoundsNameTheParameter() {
    assertThatThrownBy(() -> new CoTravelRule(0, 3, Optional.empty(), Optional.empty()))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessageStartingWith("windowSeconds");
    assertThatThrownBy(() -> new CoTravelRule(120, 1, Optional.empty(), Optional.empty()))
        .hasMessageStartingWith("minCheckpoints");
    assertThatThrownBy(() -> new CoTravelRule(120, 3, Optional.of(time(T0)), Optional.of(time(T0))))
        .hasMessageStartingWith("to");
  }

  private static CoTravel derive(SightingFeed feed, int window, int checkpoints) {
    return new CoTravelDerivation(
            new CoTravelRule(window, checkpoints, Optional.empty(), Optional.empty()))
        .derive(feed);
  }

  private static OffsetDateTime time(long second) {
    return OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(second), ZoneOffset.ofHours(8));
  }

  /**
   * Reads by checkpoint, each list kept in the order given (which the tests give in time order).
   */
  private static final class Reads implements SightingFeed {
    private final Map<String, List<Object[]>> byCheckpoint = new TreeMap<>();

    Reads at(String checkpoint, String plate, long offset) {
      byCheckpoint
          .computeIfAbsent(checkpoint, c -> new ArrayList<>())
          .add(new Object[] {plate, T0 + offset});
      return this;
    }

    @Override
    public void forEachCheckpoint(CheckpointReads reads) {
      byCheckpoint.forEach(
          (checkpoint, list) -> {
            String[] plates = new String[list.size()];
            long[] seconds = new long[list.size()];
            for (int i = 0; i < list.size(); i++) {
              plates[i] = (String) list.get(i)[0];
              seconds[i] = (Long) list.get(i)[1];
            }
            reads.accept(checkpoint, plates, seconds, plates.length);
          });
    }
  }
}
