package org.riskgraph.analysis.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.riskgraph.fixtures.spec.Plants;

/**
 * The forecast's one-step-ahead back-test on the seed-42 county with and without planted effects
 * (the other ten counties of docs/methods/forecast.md: ForecastBackTestMain).
 */
class CountyForecastTests {

  private static final VillageForecaster FORECASTER = new VillageForecaster();

  @Test
  void beatsBothNaiveForecastsOnAverageAndInMostMonths() {
    int months = 0;
    int logWins = 0;
    int rpsWins = 0;
    for (Plants plants : new Plants[] {Plants.ALL, Plants.NONE}) {
      Evaluation evaluation =
          FORECASTER.evaluate(ForecastFixtures.county(42, plants, ForecastKind.INCIDENTS));

      assertThat(evaluation.periods()).hasSize(12);
      for (Rival naive : new Rival[] {Rival.LAST_COUNT, Rival.YEAR_MEAN}) {
        MeanScores model = evaluation.meanScores(Rival.MODEL);
        MeanScores other = evaluation.meanScores(naive);
        assertThat(model.logarithmic())
            .as(plants + " logS vs " + naive)
            .isLessThan(other.logarithmic());
        assertThat(model.rankedProbability())
            .as(plants + " RPS vs " + naive)
            .isLessThan(other.rankedProbability());
        assertThat(model.dawidSebastiani())
            .as(plants + " DSS vs " + naive)
            .isLessThan(other.dawidSebastiani());
      }
      long log = evaluation.periodsBetterThanBothNaives(MeanScores::logarithmic);
      long rps = evaluation.periodsBetterThanBothNaives(MeanScores::rankedProbability);
      assertThat(log).as(plants + " months better on logS").isGreaterThanOrEqualTo(9);
      assertThat(rps).as(plants + " months better on RPS").isGreaterThanOrEqualTo(9);
      months += evaluation.periods().size();
      logWins += (int) log;
      rpsWins += (int) rps;
    }
    assertThat((double) logWins / months).isGreaterThanOrEqualTo(0.8);
    assertThat((double) rpsWins / months).isGreaterThanOrEqualTo(0.8);
  }

  @Test
  void isCalibratedWithIntervalsThatHoldWhatTheyPromise() {
    for (Plants plants : new Plants[] {Plants.ALL, Plants.NONE}) {
      Evaluation evaluation =
          FORECASTER.evaluate(ForecastFixtures.county(42, plants, ForecastKind.INCIDENTS));

      assertThat(evaluation.pitCentral80()).as(plants + " PIT").isBetween(0.75, 0.85);
      assertThat(evaluation.nominal80()).as(plants + " nominal").isBetween(0.8, 0.87);
      assertThat(evaluation.coverage80() - evaluation.nominal80())
          .as(plants + " coverage − nominal")
          .isBetween(-0.03, 0.03);
      assertThat(evaluation.coverage95()).as(plants + " 95%").isBetween(0.93, 0.99);
      assertThat(evaluation.pit()).allSatisfy(d -> assertThat(d).isBetween(0.5, 1.5));
    }
  }

  @Test
  void ranksNextMonthsVillagesBetterThanLastMonthsCount() {
    Evaluation evaluation =
        FORECASTER.evaluate(ForecastFixtures.county(42, Plants.ALL, ForecastKind.INCIDENTS));

    assertThat(evaluation.spearmanModel()).isGreaterThan(evaluation.spearmanLastCount() + 0.05);
    assertThat(evaluation.paiModel()).isGreaterThanOrEqualTo(evaluation.paiLastCount());
    assertThat(evaluation.paiModel()).isGreaterThan(2);
  }

  @Test
  void forecastsTheMonthAfterTheDataWithComponentsThatAddUp() {
    VillageCounts counts = ForecastFixtures.county(42, Plants.ALL, ForecastKind.INCIDENTS);

    MonthForecast forecast = FORECASTER.forecast(counts, YearMonth.of(2026, 11));

    assertThat(forecast.fittedFrom()).isEqualTo(YearMonth.of(2024, 12));
    assertThat(forecast.fittedTo()).isEqualTo(YearMonth.of(2026, 10));
    assertThat(forecast.villages()).hasSize(89);
    assertThat(forecast.fit().converged()).isTrue();
    for (VillageForecast village : forecast.villages()) {
      assertThat(village.endemic() + village.autoregressive() + village.neighbours())
          .isCloseTo(village.mean(), org.assertj.core.api.Assertions.within(1e-9));
      assertThat(village.interval80().low()).isLessThanOrEqualTo(village.interval80().high());
      assertThat(village.interval95().low()).isLessThanOrEqualTo(village.interval80().low());
      assertThat(village.interval95().high()).isGreaterThanOrEqualTo(village.interval80().high());
      assertThat(village.interval80().low()).isLessThanOrEqualTo((int) Math.ceil(village.mean()));
      assertThat(village.probabilityAboveUsual()).isBetween(0.0, 1.0);
      assertThat(village.observed()).isEmpty();
    }
    double total = 0;
    for (int i = 0; i < 89; i++) {
      total += counts.panel().count(23, i);
    }
    assertThat(forecast.expectedTotal()).isBetween(0.8 * total, 1.2 * total);
  }

  @Test
  void refusesMonthsWithoutAYearOfDataOrTooFarAhead() {
    VillageCounts counts = ForecastFixtures.county(42, Plants.ALL, ForecastKind.INCIDENTS);

    assertThat(VillageForecaster.forecastable(counts, YearMonth.of(2025, 10))).isFalse();
    assertThat(VillageForecaster.forecastable(counts, YearMonth.of(2025, 11))).isTrue();
    assertThat(VillageForecaster.forecastable(counts, YearMonth.of(2026, 11))).isTrue();
    assertThat(VillageForecaster.forecastable(counts, YearMonth.of(2026, 12))).isFalse();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> FORECASTER.forecast(counts, YearMonth.of(2025, 10)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2025-11..2026-11");
  }

  @Test
  void forecastsSeriousIncidentsAndDisputesToo() {
    for (ForecastKind kind :
        new ForecastKind[] {ForecastKind.SERIOUS_INCIDENTS, ForecastKind.DISPUTES}) {
      VillageCounts counts = ForecastFixtures.county(42, Plants.ALL, kind);

      MonthForecast forecast = FORECASTER.forecast(counts, YearMonth.of(2026, 6));

      assertThat(forecast.kind()).isEqualTo(kind);
      assertThat(forecast.fit().converged()).as(kind.key()).isTrue();
      int observed = forecast.villages().stream().mapToInt(v -> v.observed().orElseThrow()).sum();
      assertThat(forecast.expectedTotal()).as(kind.key()).isBetween(0.7 * observed, 1.3 * observed);
    }
  }
}
