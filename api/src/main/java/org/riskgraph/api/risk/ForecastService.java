package org.riskgraph.api.risk;

import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.riskgraph.analysis.forecast.ForecastKind;
import org.riskgraph.analysis.forecast.MonthForecast;
import org.riskgraph.analysis.forecast.VillageCounts;
import org.riskgraph.analysis.forecast.VillageForecaster;
import org.riskgraph.analysis.risk.ForecastCounts;
import org.riskgraph.analysis.risk.RiskInputs;
import org.springframework.stereotype.Service;

/**
 * Village forecasts from the same inputs the risk scores read (so the same import invalidates
 * both), fitted on demand and kept per kind and month until those inputs change.
 */
@Service
class ForecastService {

  private final RiskService risk;
  private final VillageForecaster forecaster = new VillageForecaster();
  private volatile Cache cache = new Cache(null, new ConcurrentHashMap<>());

  private record Cache(RiskInputs inputs, Map<String, MonthForecast> forecasts) {}

  ForecastService(RiskService risk) {
    this.risk = risk;
  }

  /** The counts the forecast of this kind would be fitted on. */
  VillageCounts counts(ForecastKind kind) {
    return ForecastCounts.of(risk.current().inputs(), kind);
  }

  /** The forecast of {@code month}; the month must be {@link VillageForecaster#forecastable}. */
  MonthForecast forecast(ForecastKind kind, YearMonth month) {
    RiskInputs inputs = risk.current().inputs();
    Cache now = cache;
    if (now.inputs() != inputs) {
      now = new Cache(inputs, new ConcurrentHashMap<>());
      cache = now;
    }
    return now.forecasts()
        .computeIfAbsent(
            kind + "/" + month, k -> forecaster.forecast(ForecastCounts.of(inputs, kind), month));
  }
}
