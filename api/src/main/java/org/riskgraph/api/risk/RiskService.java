package org.riskgraph.api.risk;

import java.util.concurrent.atomic.AtomicLong;
import org.riskgraph.analysis.risk.RiskAnalysis;
import org.riskgraph.analysis.risk.RiskAssessment;
import org.riskgraph.analysis.risk.RiskInputs;
import org.riskgraph.analysis.risk.RiskInputsLoader;
import org.riskgraph.analysis.risk.RiskSettings;
import org.riskgraph.api.importer.ImportCompleted;
import org.riskgraph.graph.store.GraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Scores every month at once (the surprise baseline and the reference scales need the whole history
 * anyway) and keeps the assessment in memory until the next import. A computation that started
 * before an import finished is not kept, so an import is never hidden by a stale cache.
 */
@Service
public class RiskService {

  private static final Logger log = LoggerFactory.getLogger(RiskService.class);

  private final RiskInputsLoader loader;
  private final RiskAnalysis analysis = new RiskAnalysis(RiskSettings.defaults());
  private final AtomicLong generation = new AtomicLong();
  private volatile Cached cached;

  /** The inputs and the scores computed from them, always taken together. */
  public record Snapshot(RiskInputs inputs, RiskAssessment assessment) {}

  private record Cached(long generation, Snapshot snapshot) {}

  RiskService(GraphStore store) {
    this.loader = new RiskInputsLoader(store);
  }

  public Snapshot current() {
    return cached().snapshot();
  }

  private Cached cached() {
    Cached now = cached;
    long wanted = generation.get();
    if (now != null && now.generation() == wanted) {
      return now;
    }
    synchronized (this) {
      now = cached;
      wanted = generation.get();
      if (now != null && now.generation() == wanted) {
        return now;
      }
      long started = System.nanoTime();
      RiskInputs inputs = loader.load();
      RiskAssessment assessment = analysis.assess(inputs);
      Cached fresh = new Cached(wanted, new Snapshot(inputs, assessment));
      if (generation.get() == wanted) {
        cached = fresh;
      }
      log.info(
          "Risk scores for {} villages × {} months in {} ms",
          inputs.villages().size(),
          inputs.monthCount(),
          (System.nanoTime() - started) / 1_000_000);
      return fresh;
    }
  }

  @EventListener
  void importCompleted(ImportCompleted event) {
    generation.incrementAndGet();
  }
}
