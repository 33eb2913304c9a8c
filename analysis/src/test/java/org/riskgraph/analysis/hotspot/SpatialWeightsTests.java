package org.riskgraph.analysis.hotspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.riskgraph.graph.village.Adjacency;

class SpatialWeightsTests {

  @Test
  void parsesTheWeightsText() {
    assertThat(WeightsSpec.parse("adjacency")).isEqualTo(new WeightsSpec.Contiguity());
    assertThat(WeightsSpec.parse("knn:8")).isEqualTo(new WeightsSpec.KNearest(8));
    assertThatThrownBy(() -> WeightsSpec.parse("knn:x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WeightsSpec.parse("queen"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WeightsSpec.parse("knn:0"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void measuresGreatCircleDistance() {
    // one degree of latitude on a sphere of radius 6,371,008.8 m is 6,371,008.8·π/180 = 111,195.08
    // m;
    // one degree of longitude at 60° N is half of that
    double degree = Math.toRadians(1);
    assertThat(KNearestNeighbours.distance(0, 0, degree, 0)).isCloseTo(111_195.08, within(0.01));
    assertThat(KNearestNeighbours.distance(Math.toRadians(60), 0, Math.toRadians(60), degree))
        .isCloseTo(55_597.1, within(5.0));
  }

  @Test
  void picksNearestNeighboursOnTheSphereNotOnTheDegreeGrid() {
    // At 60° N, B lies 1.5° of longitude east of A (≈ 83 km) and C 0.9° of latitude north (≈ 100
    // km):
    // on the degree grid C looks nearer, on the Earth B is.
    List<Area> areas =
        List.of(
            Area.of("A", "A", 1, 60, 0),
            Area.of("B", "B", 1, 60, 1.5),
            Area.of("C", "C", 1, 60.9, 0));

    SpatialWeights weights = KNearestNeighbours.weights(areas, 1);

    assertThat(weights.neighbourAt(weights.start(0))).isEqualTo(1);
  }

  @Test
  void breaksDistanceTiesByCode() {
    List<Area> areas =
        List.of(
            Area.of("A", "A", 1, 0, 0), Area.of("B", "B", 1, 0, 1), Area.of("C", "C", 1, 0, -1));

    SpatialWeights weights = KNearestNeighbours.weights(areas, 1);

    assertThat(weights.neighbourAt(weights.start(0))).isEqualTo(1);
  }

  @Test
  void refusesKnnWithoutCoordinates() {
    List<Area> areas = List.of(Area.of("A", "A", 1), Area.of("B", "B", 1, 0, 1));

    assertThatThrownBy(() -> KNearestNeighbours.weights(areas, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("A");
  }

  @Test
  void buildsSymmetricContiguityWithoutSelf() {
    List<Area> areas = List.of(Area.of("A", "A", 1), Area.of("B", "B", 1), Area.of("C", "C", 1));
    List<Adjacency> edges = List.of(new Adjacency("B", "A"), new Adjacency("B", "C"));

    SpatialWeights weights = SpatialWeights.of(areas, edges, new WeightsSpec.Contiguity());

    assertThat(weights.degree(0)).isEqualTo(1);
    assertThat(weights.degree(1)).isEqualTo(2);
    assertThat(weights.isNeighbour(0, 1)).isTrue();
    assertThat(weights.isNeighbour(1, 0)).isTrue();
    assertThat(weights.isNeighbour(0, 2)).isFalse();
    assertThat(weights.isNeighbour(1, 1)).isFalse();
  }

  @Test
  void refusesAMapWithAdjacencyToAnUnknownArea() {
    assertThatThrownBy(
            () -> new AreaMap(List.of(Area.of("A", "A", 1)), List.of(new Adjacency("A", "B"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("B");
  }
}
