package org.riskgraph.api.risk;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.riskgraph.analysis.forecast.ForecastKind;
import org.riskgraph.analysis.forecast.VillageCounts;
import org.riskgraph.analysis.forecast.VillageForecaster;
import org.riskgraph.api.problem.BadRequestException;
import org.riskgraph.api.security.Access;
import org.riskgraph.api.security.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Next month's counts per village with intervals: aggregates only, so LEADER may read them. */
@RestController
class ForecastController {

  private final ForecastService forecasts;

  ForecastController(ForecastService forecasts) {
    this.forecasts = forecasts;
  }

  @GetMapping("/api/v1/risk/forecast")
  @Access({Role.LEADER, Role.COMMAND, Role.ANALYST})
  ForecastView.Forecast forecast(
      @RequestParam(defaultValue = "incidents") String kind,
      @RequestParam(required = false) String month) {
    ForecastKind forecastKind = kind(kind);
    VillageCounts counts = forecasts.counts(forecastKind);
    if (counts.villages().isEmpty() || counts.monthCount() == 0) {
      throw BadRequestException.invalid("month", "no forecast yet: no incident or dispute");
    }
    YearMonth wanted = month == null ? counts.nextMonth() : month(month);
    if (!VillageForecaster.forecastable(counts, wanted)) {
      throw BadRequestException.invalid(
          "month",
          counts.monthCount() < VillageForecaster.MIN_HISTORY
              ? "a forecast needs "
                  + VillageForecaster.MIN_HISTORY
                  + " months of data; there are "
                  + counts.monthCount()
              : "can forecast "
                  + counts.month(VillageForecaster.MIN_HISTORY)
                  + ".."
                  + counts.nextMonth()
                  + ", not "
                  + wanted);
    }
    try {
      return ForecastView.Forecast.of(forecasts.forecast(forecastKind, wanted));
    } catch (IllegalArgumentException e) {
      throw BadRequestException.invalid("kind", "no forecast of " + kind + ": " + e.getMessage());
    }
  }

  private static ForecastKind kind(String text) {
    try {
      return ForecastKind.parse(text);
    } catch (IllegalArgumentException e) {
      throw BadRequestException.invalid("kind", e.getMessage());
    }
  }

  private static YearMonth month(String text) {
    try {
      return YearMonth.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw BadRequestException.invalid("month", "month must be a year and month such as 2026-11");
    }
  }
}
