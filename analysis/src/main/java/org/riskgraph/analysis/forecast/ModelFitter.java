package org.riskgraph.analysis.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;

/**
 * Maximum likelihood for the endemic–epidemic model by Newton–Raphson on the analytic score and
 * observed Fisher information ({@link Likelihood}), solved with Commons Math's Cholesky
 * decomposition. Where the information is not positive definite (far from the maximum) a ridge is
 * added until it is (Levenberg); a step that lowers the likelihood is halved. It stops when the
 * Newton decrement g'I⁻¹g falls below 10⁻¹⁶, after taking that last step, which leaves the
 * estimates within about 10⁻⁸ standard errors of the maximum. Standard errors are the square roots
 * of the diagonal of the inverse observed information at the estimate, as in R's {@code hhh4}.
 *
 * <p>With random unit effects b(i) ~ N(0, σ²) it does what {@code hhh4} does (Paul &amp; Held
 * 2011): it alternates between maximising the penalised log-likelihood l − ½ Σ b²/σ² over the
 * regression parameters and effects at fixed σ, and maximising the approximate marginal
 * log-likelihood −n log σ − ½ Σ b²/σ² − ½ log det(I + σ⁻² on the effects) over log σ ∈ [−5, 5]
 * (Commons Math's Brent optimiser) at fixed effects, until log σ moves less than 10⁻¹⁰.
 */
public final class ModelFitter {

  static final int MAX_ITERATIONS = 200;
  static final double DECREMENT_TOLERANCE = 1e-16;

  /** |log λ|, |log φ| and log r beyond which a parameter is fixed at its bound. */
  static final double BOUND = 25;

  /** Past this |log λ|, |log φ| or log r, a parameter still moving outwards is fixed at its bound. */
  static final double NEGLIGIBLE = 10;

  /** log σ is sought in [−5, 5], as {@code hhh4} does. */
  static final double LOG_SD_BOUND = 5;

  static final double LOG_SD_TOLERANCE = 1e-10;

  private final Specification specification;

  public ModelFitter(Specification specification) {
    this.specification = specification;
  }

  public Specification specification() {
    return specification;
  }

  /** Fits periods 1..lastPeriod of the panel (period 0 is the first lag). */
  public ModelFit fit(CountPanel panel, int lastPeriod) {
    return fit(panel, 1, lastPeriod, Optional.empty());
  }

  /**
   * Fits periods firstPeriod..lastPeriod, starting from {@code start}'s estimates where it has a
   * parameter of the same name (a previous month's fit: the one-step-ahead refits use this).
   */
  public ModelFit fit(
      CountPanel panel, int firstPeriod, int lastPeriod, Optional<ModelFit> start) {
    Likelihood likelihood = new Likelihood(panel, specification, firstPeriod, lastPeriod);
    Layout layout = likelihood.layout();
    double[] theta = start(panel, layout, firstPeriod, lastPeriod, start);
    boolean[] fixed = new boolean[theta.length];
    boolean random = layout.randomEffects() > 0;
    double logSd =
        random
            ? start
                .filter(fit -> Double.isFinite(fit.randomEffectsSd()))
                .map(fit -> Math.log(fit.randomEffectsSd()))
                .orElse(0.0)
            : Double.NaN;
    Newton newton = newton(likelihood, theta, fixed, random ? Math.exp(-2 * logSd) : 0);
    int iterations = newton.iterations;
    double marginal = Double.NaN;
    if (random) {
      for (int outer = 0; outer < MAX_ITERATIONS; outer++) {
        double next = bestLogSd(layout, newton, logSd);
        boolean settled = Math.abs(next - logSd) < LOG_SD_TOLERANCE;
        logSd = next;
        newton = newton(likelihood, newton.theta, newton.fixed, Math.exp(-2 * logSd));
        iterations += newton.iterations;
        if (settled) {
          break;
        }
      }
      marginal = marginal(layout, newton, logSd);
    }
    double[] se = standardErrors(newton.at.information(), newton.fixed);
    List<String> names = layout.names();
    List<Parameter> parameters = new ArrayList<>();
    for (int k = 0; k < newton.theta.length; k++) {
      parameters.add(new Parameter(names.get(k), newton.theta[k], se[k], newton.fixed[k]));
    }
    return new ModelFit(
        specification,
        parameters,
        newton.at.logLikelihood(),
        random ? Math.exp(logSd) : Double.NaN,
        marginal,
        likelihood.observations(),
        firstPeriod,
        lastPeriod,
        iterations,
        newton.converged);
  }

  /** Where Newton's method ended: estimates, evaluation there (penalised), parameters fixed. */
  private record Newton(
      double[] theta,
      Likelihood.Evaluation at,
      Likelihood.Evaluation unpenalised,
      boolean[] fixed,
      int iterations,
      boolean converged) {}

  /** Newton–Raphson on the log-likelihood penalised by −½ precision Σ b² (precision 0: none). */
  private static Newton newton(
      Likelihood likelihood, double[] start, boolean[] startFixed, double precision) {
    Layout layout = likelihood.layout();
    double[] theta = start.clone();
    boolean[] fixed = startFixed.clone();
    Likelihood.Evaluation raw = likelihood.evaluate(theta);
    Likelihood.Evaluation at = penalised(layout, raw, theta, precision);
    if (!Double.isFinite(at.logLikelihood())) {
      throw new IllegalArgumentException("the model gives probability 0 to the data at the start");
    }
    int iterations = 0;
    boolean converged = false;
    boolean stuck = false;
    for (int round = 0; round < 3; round++) {
      if (round > 0) {
        if (!release(likelihood, layout, theta, fixed)) {
          break;
        }
        raw = likelihood.evaluate(theta);
        at = penalised(layout, raw, theta, precision);
        converged = false;
        stuck = false;
      }
      while (iterations < MAX_ITERATIONS && !converged && !stuck) {
        iterations++;
        double[] direction = solve(at.information(), at.score(), fixed);
        double decrement = dot(at.score(), direction);
        double[] next = new double[theta.length];
        double step = 1;
        Likelihood.Evaluation candidateRaw;
        Likelihood.Evaluation candidate;
        while (true) {
          for (int k = 0; k < theta.length; k++) {
            next[k] = theta[k] + step * direction[k];
          }
          candidateRaw = likelihood.evaluate(next);
          candidate = penalised(layout, candidateRaw, next, precision);
          if (candidate.logLikelihood() >= at.logLikelihood() || decrement < 1e-8) {
            break;
          }
          step /= 2;
          if (step < 1e-12) {
            candidateRaw = raw;
            candidate = at;
            next = theta.clone();
            stuck = true;
            break;
          }
        }
        boolean clamped = clamp(layout, next, candidate.score(), fixed);
        if (clamped) {
          candidateRaw = likelihood.evaluate(next);
          candidate = penalised(layout, candidateRaw, next, precision);
        }
        converged = !clamped && decrement < (stuck ? 1e-10 : DECREMENT_TOLERANCE);
        theta = next;
        raw = candidateRaw;
        at = candidate;
      }
    }
    return new Newton(theta, at, raw, fixed, iterations, converged);
  }

  /** The evaluation with −½ precision Σ b² added (and its derivatives). */
  private static Likelihood.Evaluation penalised(
      Layout layout, Likelihood.Evaluation raw, double[] theta, double precision) {
    if (layout.randomEffects() == 0) {
      return raw;
    }
    double[] score = raw.score().clone();
    double[][] information = new double[theta.length][];
    for (int a = 0; a < theta.length; a++) {
      information[a] = raw.information()[a].clone();
    }
    double penalty = 0;
    for (int k = layout.firstRandom(); k < theta.length; k++) {
      penalty += theta[k] * theta[k];
      score[k] -= precision * theta[k];
      information[k][k] += precision;
    }
    return new Likelihood.Evaluation(
        raw.logLikelihood() - 0.5 * precision * penalty, score, information);
  }

  /** The log σ in [−5, 5] that maximises the approximate marginal log-likelihood at the effects. */
  private static double bestLogSd(Layout layout, Newton at, double current) {
    BrentOptimizer brent = new BrentOptimizer(1e-14, 1e-14);
    double start = Math.max(-LOG_SD_BOUND, Math.min(LOG_SD_BOUND, current));
    return brent
        .optimize(
            new MaxEval(500),
            GoalType.MAXIMIZE,
            new SearchInterval(-LOG_SD_BOUND, LOG_SD_BOUND, start),
            new UnivariateObjectiveFunction(s -> marginal(layout, at, s)))
        .getPoint();
  }

  /**
   * hhh4's {@code marLogLik}: −n log σ − ½ Σ b²/σ² − ½ log det(I_unpenalised + σ⁻² on the
   * effects), over the parameters not fixed at a bound.
   */
  private static double marginal(Layout layout, Newton at, double logSd) {
    double precision = Math.exp(-2 * logSd);
    int first = layout.firstRandom();
    int n = layout.randomEffects();
    double sum = 0;
    for (int k = first; k < at.theta.length; k++) {
      sum += at.theta[k] * at.theta[k];
    }
    int[] free = free(at.fixed);
    double[][] matrix = sub(at.unpenalised.information(), free);
    for (int a = 0; a < free.length; a++) {
      if (free[a] >= first) {
        matrix[a][a] += precision;
      }
    }
    double logDet;
    try {
      CholeskyDecomposition cholesky =
          new CholeskyDecomposition(new Array2DRowRealMatrix(matrix, false), 1e-12, 0);
      RealMatrix l = cholesky.getL();
      logDet = 0;
      for (int a = 0; a < free.length; a++) {
        logDet += 2 * Math.log(l.getEntry(a, a));
      }
    } catch (NonPositiveDefiniteMatrixException e) {
      return Double.NEGATIVE_INFINITY;
    }
    return -n * logSd - 0.5 * precision * sum - 0.5 * logDet;
  }

  /**
   * Fixes λ or φ at exp(−25) once the likelihood still rises as they fall below exp(−10) (the
   * component then adds less than 10⁻⁴ of a count per unit), and the size of the negative binomial
   * at exp(25) once it still rises as the size passes exp(10) (the counts are Poisson to within
   * 10⁻⁴ of their variance): the maximum lies at the bound, where the likelihood is flat to rounding
   * error and Newton's steps would only creep towards it. Returns whether a parameter was newly
   * fixed.
   */
  private static boolean clamp(Layout layout, double[] theta, double[] score, boolean[] fixed) {
    boolean changed = false;
    for (int k : new int[] {layout.autoregressive(), layout.neighbours()}) {
      if (k >= 0
          && !fixed[k]
          && (theta[k] < -BOUND || (theta[k] < -NEGLIGIBLE && score[k] < 0))) {
        theta[k] = -BOUND;
        fixed[k] = true;
        changed = true;
      }
    }
    int psi = layout.overdispersion();
    if (!fixed[psi] && (theta[psi] > BOUND || (theta[psi] > NEGLIGIBLE && score[psi] > 0))) {
      theta[psi] = BOUND;
      fixed[psi] = true;
      changed = true;
    }
    return changed;
  }

  /**
   * Frees a parameter fixed at its bound if, moved back to the threshold with the others at their
   * estimates, the likelihood rises inwards (the bound was reached on the way, not at the maximum).
   */
  private static boolean release(
      Likelihood likelihood, Layout layout, double[] theta, boolean[] fixed) {
    boolean released = false;
    int psi = layout.overdispersion();
    for (int k = 0; k < theta.length; k++) {
      if (!fixed[k]) {
        continue;
      }
      double[] probe = theta.clone();
      probe[k] = k == psi ? NEGLIGIBLE : -NEGLIGIBLE;
      double slope = likelihood.evaluate(probe).score()[k];
      if (k == psi ? slope < 0 : slope > 0) {
        theta[k] = probe[k];
        fixed[k] = false;
        released = true;
      }
    }
    return released;
  }

  private double[] start(
      CountPanel panel, Layout layout, int first, int last, Optional<ModelFit> previous) {
    double[] theta = new double[layout.dimension()];
    if (layout.autoregressive() >= 0) {
      theta[layout.autoregressive()] = Math.log(0.3);
    }
    if (layout.neighbours() >= 0) {
      theta[layout.neighbours()] = Math.log(0.05);
    }
    double endemicShare = layout.autoregressive() >= 0 || layout.neighbours() >= 0 ? 0.5 : 1;
    theta[layout.overdispersion()] = 2;
    int n = panel.unitCount();
    int periods = last - first + 1;
    double total = 0;
    double shareTotal = 0;
    for (int i = 0; i < n; i++) {
      double unitTotal = 0;
      for (int t = first; t <= last; t++) {
        unitTotal += panel.count(t, i);
      }
      total += unitTotal;
      shareTotal += panel.share(i);
      if (layout.intercept(i) >= 0 && specification.unitIntercepts()) {
        theta[layout.intercept(i)] =
            Math.log(endemicShare * unitTotal / periods / panel.share(i));
      }
    }
    if (!specification.unitIntercepts()) {
      theta[layout.intercept(0)] =
          Math.log(endemicShare * Math.max(total, 0.5) / periods / Math.max(shareTotal, 1e-12));
    }
    previous.ifPresent(
        fit -> {
          List<String> names = layout.names();
          for (int k = 0; k < names.size(); k++) {
            Optional<Parameter> same = fit.parameter(names.get(k));
            if (same.isPresent() && Double.isFinite(same.get().estimate())) {
              theta[k] = same.get().estimate();
            }
          }
        });
    return theta;
  }

  /**
   * Solves I d = g over the parameters not fixed (d = 0 for the fixed ones), adding a growing ridge
   * to I until it is positive definite.
   */
  private static double[] solve(double[][] information, double[] score, boolean[] fixed) {
    int[] free = free(fixed);
    double[][] sub = sub(information, free);
    double[] g = new double[free.length];
    for (int a = 0; a < free.length; a++) {
      g[a] = score[free[a]];
    }
    double ridge = 0;
    while (true) {
      RealMatrix matrix = new Array2DRowRealMatrix(sub, true);
      if (ridge > 0) {
        for (int k = 0; k < free.length; k++) {
          matrix.addToEntry(k, k, ridge * (Math.abs(sub[k][k]) + 1));
        }
      }
      try {
        double[] d =
            new CholeskyDecomposition(matrix)
                .getSolver()
                .solve(new ArrayRealVector(g, false))
                .toArray();
        double[] out = new double[score.length];
        for (int a = 0; a < free.length; a++) {
          out[free[a]] = d[a];
        }
        return out;
      } catch (NonPositiveDefiniteMatrixException e) {
        ridge = ridge == 0 ? 1e-6 : ridge * 10;
        if (ridge > 1e12) {
          throw new IllegalStateException("no ascent direction: the information is degenerate");
        }
      }
    }
  }

  private static double[] standardErrors(double[][] information, boolean[] fixed) {
    int[] free = free(fixed);
    double[] se = new double[information.length];
    Arrays.fill(se, Double.NaN);
    try {
      RealMatrix inverse =
          new CholeskyDecomposition(
                  new Array2DRowRealMatrix(sub(information, free), false), 1e-12, 0)
              .getSolver()
              .getInverse();
      for (int a = 0; a < free.length; a++) {
        se[free[a]] = Math.sqrt(inverse.getEntry(a, a));
      }
    } catch (NonPositiveDefiniteMatrixException e) {
      // singular: every standard error stays NaN
    }
    return se;
  }

  private static int[] free(boolean[] fixed) {
    int count = 0;
    for (boolean f : fixed) {
      count += f ? 0 : 1;
    }
    int[] free = new int[count];
    int a = 0;
    for (int k = 0; k < fixed.length; k++) {
      if (!fixed[k]) {
        free[a++] = k;
      }
    }
    return free;
  }

  private static double[][] sub(double[][] matrix, int[] free) {
    double[][] out = new double[free.length][free.length];
    for (int a = 0; a < free.length; a++) {
      for (int b = 0; b < free.length; b++) {
        out[a][b] = matrix[free[a]][free[b]];
      }
    }
    return out;
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int k = 0; k < a.length; k++) {
      sum += a[k] * b[k];
    }
    return sum;
  }
}
