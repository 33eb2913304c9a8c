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

/**
 * Maximum likelihood for the endemic–epidemic model by Newton–Raphson on the analytic score and
 * observed Fisher information ({@link Likelihood}), solved with Commons Math's Cholesky
 * decomposition. Where the information is not positive definite (far from the maximum) a ridge is
 * added until it is (Levenberg); a step that lowers the likelihood is halved. It stops when the
 * Newton decrement g'I⁻¹g falls below 10⁻¹⁶, after taking that last step, which leaves the
 * estimates within about 10⁻⁸ standard errors of the maximum. Standard errors are the square roots
 * of the diagonal of the inverse observed information at the estimate, as in R's {@code hhh4}.
 */
public final class ModelFitter {

  static final int MAX_ITERATIONS = 200;
  static final double DECREMENT_TOLERANCE = 1e-16;

  /** |log λ|, |log φ| and log r beyond which a parameter is fixed at its bound. */
  static final double BOUND = 25;

  /**
   * Past this |log λ|, |log φ| or log r, a parameter still moving outwards is fixed at its bound.
   */
  static final double NEGLIGIBLE = 10;

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
  public ModelFit fit(CountPanel panel, int firstPeriod, int lastPeriod, Optional<ModelFit> start) {
    Likelihood likelihood = new Likelihood(panel, specification, firstPeriod, lastPeriod);
    Layout layout = likelihood.layout();
    double[] theta = start(panel, layout, firstPeriod, lastPeriod, start);
    Newton newton = newton(likelihood, theta, new boolean[theta.length]);
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
        likelihood.observations(),
        firstPeriod,
        lastPeriod,
        newton.iterations,
        newton.converged);
  }

  /** Where Newton's method ended: estimates, evaluation there, parameters fixed at a bound. */
  private record Newton(
      double[] theta,
      Likelihood.Evaluation at,
      boolean[] fixed,
      int iterations,
      boolean converged) {}

  /** Newton–Raphson from {@code start}, with the parameters fixed in {@code startFixed} held. */
  private static Newton newton(Likelihood likelihood, double[] start, boolean[] startFixed) {
    Layout layout = likelihood.layout();
    double[] theta = start.clone();
    boolean[] fixed = startFixed.clone();
    Likelihood.Evaluation at = likelihood.evaluate(theta);
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
        at = likelihood.evaluate(theta);
        converged = false;
        stuck = false;
      }
      while (iterations < MAX_ITERATIONS && !converged && !stuck) {
        iterations++;
        double[] direction = solve(at.information(), at.score(), fixed);
        double decrement = dot(at.score(), direction);
        double[] next = new double[theta.length];
        double step = 1;
        Likelihood.Evaluation candidate;
        while (true) {
          for (int k = 0; k < theta.length; k++) {
            next[k] = theta[k] + step * direction[k];
          }
          candidate = likelihood.evaluate(next);
          if (candidate.logLikelihood() >= at.logLikelihood() || decrement < 1e-8) {
            break;
          }
          step /= 2;
          if (step < 1e-12) {
            candidate = at;
            next = theta.clone();
            stuck = true;
            break;
          }
        }
        boolean clamped = clamp(layout, next, candidate.score(), fixed);
        if (clamped) {
          candidate = likelihood.evaluate(next);
        }
        converged = !clamped && decrement < (stuck ? 1e-10 : DECREMENT_TOLERANCE);
        theta = next;
        at = candidate;
      }
    }
    return new Newton(theta, at, fixed, iterations, converged);
  }

  /**
   * Fixes λ or φ at exp(−25) once the likelihood still rises as they fall below exp(−10) (the
   * component then adds less than 10⁻⁴ of a count per unit), and the size of the negative binomial
   * at exp(25) once it still rises as the size passes exp(10) (the counts are Poisson to within
   * 10⁻⁴ of their variance): the maximum lies at the bound, where the likelihood is flat to
   * rounding error and Newton's steps would only creep towards it. Returns whether a parameter was
   * newly fixed.
   */
  private static boolean clamp(Layout layout, double[] theta, double[] score, boolean[] fixed) {
    boolean changed = false;
    for (int k : new int[] {layout.autoregressive(), layout.neighbours()}) {
      if (k >= 0 && !fixed[k] && (theta[k] < -BOUND || (theta[k] < -NEGLIGIBLE && score[k] < 0))) {
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
        theta[layout.intercept(i)] = Math.log(endemicShare * unitTotal / periods / panel.share(i));
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
