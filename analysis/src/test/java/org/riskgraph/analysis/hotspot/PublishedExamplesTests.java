package org.riskgraph.analysis.hotspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Statistics checked against numbers that others published for known data sets. Each test names its
 * source. Where the source only gives the data and the call, and the numbers were printed by
 * running that call, the test says so.
 */
class PublishedExamplesTests {

  /**
   * Columbus, Ohio, 49 neighbourhoods (Anselin 1988): CRIME per 1,000 households and the queen
   * contiguity file columbus.gal shipped with R spData / GeoDa. Anselin, L. (2007) "Spatial
   * Regression Analysis in R: A Workbook", §3.3.1, prints for moran.test(CRIME, colqueen,
   * alternative = "two.sided"): I = 0.485770914, E = −0.020833333, Var = 0.008991121, standard
   * deviate 5.3427, p-value 9.157e-08; and in §3.2.1 the weights constants S₁ = 23.48489.
   */
  @Test
  void reproducesAnselinWorkbookGlobalMoranForColumbusCrime() {
    Columbus columbus = Columbus.load();

    GlobalMoran moran = GlobalMoranStatistic.compute(columbus.crime(), columbus.weights());

    assertThat(moran.i()).isCloseTo(0.485770914, within(5e-10));
    assertThat(moran.expected()).isCloseTo(-0.020833333, within(5e-10));
    assertThat(moran.variance()).isCloseTo(0.008991121, within(5e-10));
    assertThat(moran.z()).isCloseTo(5.3427, within(5e-5));
    assertThat(moran.p()).isCloseTo(9.157e-08, within(5e-12));
  }

  /**
   * esda (PySAL) test_getisord.py, TestGLocal.test_star_binary: six points (10,10), (20,10),
   * (40,10), (15,20), (30,20), (30,30) with a distance band of 15, y = (2, 3, 3.2, 5, 8, 7),
   * G_Local(y, w, transform="B", star=True).Zs[0] = −1.39727626. The band gives the links 0–1, 0–3,
   * 1–3, 1–4, 2–4, 3–4 and 4–5 (3–4 lies exactly 15 apart).
   */
  @Test
  void reproducesEsdaGiStarOnSixPoints() {
    SpatialWeights band =
        SpatialWeights.fromLists(
            List.of(
                new int[] {1, 3},
                new int[] {0, 3, 4},
                new int[] {4},
                new int[] {0, 1, 4},
                new int[] {1, 2, 3, 5},
                new int[] {4}));
    double[] y = {2, 3, 3.2, 5, 8, 7};

    GetisOrdGiStar.Result result = new GetisOrdGiStar(99, 10).compute(y, band);

    assertThat(result.z()[0]).isCloseTo(-1.39727626, within(5e-9));
  }

  /**
   * Benjamini &amp; Hochberg (1995), J. R. Stat. Soc. B 57, §4.1: the 15 p-values of Neuhaus et al.
   * (1992). At FDR 0.05 the step-up procedure rejects the four smallest (p₍₄₎ = 0.0095 ≤
   * 4·0.05/15), where Bonferroni rejects three. The adjusted values are those of R's p.adjust(p,
   * "BH").
   */
  @Test
  void reproducesBenjaminiHochbergPaperExample() {
    double[] p = {
      0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.3240, 0.4262,
      0.5719, 0.6528, 0.7590, 1.000
    };

    double[] q = BenjaminiHochberg.adjust(p);

    assertThat(BenjaminiHochberg.rejections(p, 0.05)).isEqualTo(4);
    assertThat(q)
        .containsExactly(
            new double[] {
              0.0015,
              0.003,
              0.0095,
              0.035625,
              0.0603,
              0.06385714286,
              0.06385714286,
              0.0645,
              0.0765,
              0.486,
              0.5811818182,
              0.714875,
              0.7532307692,
              0.8132142857,
              1.0
            },
            within(1e-10));
  }

  /**
   * US EPA (2006) "Data Quality Assessment: Statistical Methods for Practitioners", EPA QA/G-9S,
   * Mann–Kendall example with ties: 10, 10, 10, 5, 10, 20, 18, 17, 15, 24, 15 gives S = 22, two tie
   * groups (four 10s, two 15s), Var(S) = 155.33 and Z = 1.685.
   */
  @Test
  void reproducesEpaMannKendallExampleWithTies() {
    MannKendallTrend trend =
        MannKendall.test(new double[] {10, 10, 10, 5, 10, 20, 18, 17, 15, 24, 15});

    assertThat(trend.s()).isEqualTo(22);
    assertThat(trend.varianceS()).isCloseTo(155.33, within(0.005));
    assertThat(trend.z()).isCloseTo(1.685, within(0.0005));
  }

  /**
   * D. Little, College of the Holy Cross, "A Mann-Kendall Example (by hand)": 14 values 12.9 … 21.7
   * with one tied pair give S = 54, V = 14·13·33/18 − 2·1·9/18, Z = 2.9058 and p ≈ 0.0018. That p
   * is one-sided (upper tail); ours is two-sided, so twice it.
   */
  @Test
  void reproducesHolyCrossMannKendallExample() {
    double[] series = {
      12.9, 14.8, 13.2, 15.7, 13.8, 15.6, 12.9, 11.0, 17.3, 15.9, 19.0, 18.3, 20.1, 21.7
    };

    MannKendallTrend trend = MannKendall.test(series);

    assertThat(trend.s()).isEqualTo(54);
    assertThat(trend.varianceS()).isCloseTo((14.0 * 13 * 33 - 2 * 1 * 9) / 18, within(1e-12));
    assertThat(trend.z()).isCloseTo(2.9058, within(5e-5));
    assertThat(trend.p() / 2).isCloseTo(0.0018, within(5e-5));
  }

  /**
   * spdep's documented EBest example, Auckland infant deaths 1977–85 (M77_85) over 9 × children
   * under five in 1981 (Und5_81), 167 areas from spData. The documentation gives the call, not the
   * output; these values were printed by spdep 1.2-7 (attr(res, "parameters"): a =
   * 7.28417290098e-07, b = m = 0.00263343619314; res$estmm for areas 1, 2, 3, 50, 167).
   */
  @Test
  void matchesSpdepEbestOnAucklandInfantMortality() {
    List<String[]> rows = Resources.csv("auckland.csv");
    long[] deaths = new long[rows.size()];
    long[] population = new long[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      deaths[i] = Long.parseLong(rows.get(i)[0]);
      population[i] = Long.parseLong(rows.get(i)[1]);
    }

    EmpiricalBayes.Estimate estimate = EmpiricalBayes.estimate(deaths, population);

    assertThat(estimate.a()).isCloseTo(7.28417290098e-07, within(5e-18));
    assertThat(estimate.m()).isCloseTo(0.00263343619314, within(5e-15));
    double[] smoothed = estimate.smoothed();
    assertThat(new double[] {smoothed[0], smoothed[1], smoothed[2], smoothed[49], smoothed[166]})
        .containsExactly(
            new double[] {
              0.002978033926, 0.002865623293, 0.002118164662, 0.002308253052, 0.001974150081
            },
            within(1e-12));
  }

  /**
   * Gi* and local Moran's I for all 49 Columbus neighbourhoods against spdep 1.2-7 (no published
   * table exists that we could find; the reference file columbus-ref.csv was printed by
   * localG(CRIME, nb2listw(include.self(nb), style = "B")) and localmoran(CRIME, nb2listw(nb),
   * conditional = FALSE)).
   */
  @Test
  void matchesSpdepLocalStatisticsForColumbusCrime() {
    Columbus columbus = Columbus.load();
    List<String[]> reference = Resources.csv("columbus-ref.csv");

    GetisOrdGiStar.Result gStar =
        new GetisOrdGiStar(99, 1).compute(columbus.crime(), columbus.weights());
    LocalMoran.Result moran = new LocalMoran(99, 1).compute(columbus.crime(), columbus.weights());

    for (int i = 0; i < 49; i++) {
      String[] row = reference.get(i);
      assertThat(gStar.z()[i])
          .as("Gi* of %d", i + 1)
          .isCloseTo(Double.parseDouble(row[1]), within(1e-8));
      assertThat(moran.i()[i])
          .as("Ii of %d", i + 1)
          .isCloseTo(Double.parseDouble(row[2]), within(1e-8));
      assertThat(moran.expected()[i]).isCloseTo(Double.parseDouble(row[3]), within(1e-9));
      assertThat(moran.variance()[i])
          .as("Var Ii of %d", i + 1)
          .isCloseTo(Double.parseDouble(row[4]), within(1e-8));
      assertThat(moran.z()[i])
          .as("Z Ii of %d", i + 1)
          .isCloseTo(Double.parseDouble(row[5]), within(1e-8));
    }
  }

  /** The Columbus data set: CRIME and queen contiguity, in the file's order (ids 1..49). */
  record Columbus(double[] crime, SpatialWeights weights) {

    static Columbus load() {
      List<String[]> rows = Resources.csv("columbus.csv");
      double[] crime = new double[rows.size()];
      List<int[]> lists = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        crime[i] = Double.parseDouble(rows.get(i)[1]);
        String[] ids = rows.get(i)[2].strip().split(" ");
        int[] neighbours = new int[ids.length];
        for (int t = 0; t < ids.length; t++) {
          neighbours[t] = Integer.parseInt(ids[t]) - 1;
        }
        lists.add(neighbours);
      }
      return new Columbus(crime, SpatialWeights.fromLists(lists));
    }
  }
}
