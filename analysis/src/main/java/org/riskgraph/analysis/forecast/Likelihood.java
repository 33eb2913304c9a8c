package org.riskgraph.analysis.forecast;

import org.apache.commons.math3.special.Gamma;

/**
 * The log-likelihood of the endemic–epidemic model over the fitted periods, conditional on the
 * period before the first, with its analytic score and observed Fisher information (minus the
 * Hessian) — the same three functions as R's {@code hhh4} ({@code penLogLik}, {@code penScore},
 * {@code penFisher} without random effects). The negative binomial has size r = exp(θ_ψ) with θ_ψ =
 * −log ψ, so Var = μ + ψ μ²; each observation contributes lgamma(y + r) − lgamma(r) − lgamma(y + 1)
 * + r log(r / (r + μ)) + y log(μ / (r + μ)).
 */
final class Likelihood {

  /** Value, score and observed information at one parameter vector. */
  record Evaluation(double logLikelihood, double[] score, double[][] information) {}

  private final Layout layout;
  private final int size;
  private final int[] y;
  private final double[] arOffset;
  private final double[] neOffset;
  private final double[] share;
  private final int[] intercept;
  private final int[][] endIndex;
  private final double[][] endX;
  private final double constant;

  /**
   * The model on periods {@code firstRow..lastRow} (firstRow ≥ 1: period firstRow − 1 is a lag).
   */
  Likelihood(CountPanel panel, Specification spec, int firstRow, int lastRow) {
    if (firstRow < 1 || lastRow < firstRow || lastRow >= panel.periods()) {
      throw new IllegalArgumentException(
          "fitted periods must lie within 1.."
              + (panel.periods() - 1)
              + ": "
              + firstRow
              + ".."
              + lastRow);
    }
    layout = new Layout(panel, spec, firstRow, lastRow);
    int n = panel.unitCount();
    size = n * (lastRow - firstRow + 1);
    y = new int[size];
    arOffset = new double[size];
    neOffset = new double[size];
    share = new double[size];
    intercept = new int[size];
    endIndex = new int[size][];
    endX = new double[size][];
    double lgammaY = 0;
    int k = 0;
    for (int t = firstRow; t <= lastRow; t++) {
      int[] previous = panel.row(t - 1);
      double[] z = spec.terms(t);
      for (int i = 0; i < n; i++, k++) {
        y[k] = panel.count(t, i);
        arOffset[k] = previous[i];
        neOffset[k] = panel.weights().incoming(i, previous);
        share[k] = layout.intercept(i) >= 0 ? panel.share(i) : 0;
        intercept[k] = layout.intercept(i);
        if (intercept[k] >= 0) {
          int width = 1 + z.length + layout.unitCovariates();
          int[] index = new int[width];
          double[] x = new double[width];
          int m = 0;
          index[m] = intercept[k];
          x[m++] = 1;
          for (int j = 0; j < z.length; j++) {
            index[m] = layout.firstTerm() + j;
            x[m++] = z[j];
          }
          for (int j = 0; j < layout.unitCovariates(); j++) {
            index[m] = layout.firstUnitCovariate() + j;
            x[m++] = spec.unitCovariates().get(j).value(i);
          }
          sortByIndex(index, x);
          endIndex[k] = index;
          endX[k] = x;
        }
        lgammaY += Gamma.logGamma(y[k] + 1.0);
      }
    }
    constant = -lgammaY;
  }

  /** Sorts the pairs by index, so that the Hessian is filled in its lower triangle. */
  private static void sortByIndex(int[] index, double[] x) {
    for (int a = 1; a < index.length; a++) {
      for (int b = a; b > 0 && index[b - 1] > index[b]; b--) {
        int i = index[b];
        index[b] = index[b - 1];
        index[b - 1] = i;
        double v = x[b];
        x[b] = x[b - 1];
        x[b - 1] = v;
      }
    }
  }

  Layout layout() {
    return layout;
  }

  int observations() {
    return size;
  }

  Evaluation evaluate(double[] theta) {
    int p = layout.dimension();
    int psi = layout.overdispersion();
    int ar = layout.autoregressive();
    int ne = layout.neighbours();
    double lambda = ar >= 0 ? Math.exp(theta[ar]) : 0;
    double phi = ne >= 0 ? Math.exp(theta[ne]) : 0;
    double r = Math.exp(theta[psi]);
    double lgammaR = Gamma.logGamma(r);
    double digammaR = Gamma.digamma(r);
    double trigammaR = Gamma.trigamma(r);
    double ll = constant;
    double[] score = new double[p];
    double[][] hessian = new double[p][p];
    int maxWidth = 2;
    for (int k = 0; k < size; k++) {
      if (endIndex[k] != null) {
        maxWidth = Math.max(maxWidth, 2 + endIndex[k].length);
      }
    }
    int[] index = new int[maxWidth];
    double[] d = new double[maxWidth];
    for (int k = 0; k < size; k++) {
      double end = 0;
      if (intercept[k] >= 0) {
        double eta = 0;
        for (int j = 0; j < endIndex[k].length; j++) {
          eta += theta[endIndex[k][j]] * endX[k][j];
        }
        end = share[k] * Math.exp(eta);
      }
      double arPart = lambda * arOffset[k];
      double nePart = phi * neOffset[k];
      double mu = end + arPart + nePart;
      int yk = y[k];
      if (mu <= 0) {
        if (yk > 0) {
          return new Evaluation(Double.NEGATIVE_INFINITY, score, hessian);
        }
        continue;
      }
      ll += term(yk, mu, r, lgammaR);
      double rPlusMu = r + mu;
      double rPlusY = r + yk;
      double dmu = yk / mu - rPlusY / rPlusMu;
      double d2mu = rPlusY / (rPlusMu * rPlusMu) - yk / (mu * mu);
      int m = 0;
      if (ar >= 0) {
        index[m] = ar;
        d[m++] = arPart;
      }
      if (ne >= 0) {
        index[m] = ne;
        d[m++] = nePart;
      }
      int endStart = m;
      int width = 0;
      if (intercept[k] >= 0) {
        int[] ei = endIndex[k];
        double[] ex = endX[k];
        width = ei.length;
        for (int j = 0; j < width; j++) {
          index[m] = ei[j];
          d[m++] = end * ex[j];
        }
      }
      for (int a = 0; a < m; a++) {
        score[index[a]] += dmu * d[a];
        for (int b = 0; b <= a; b++) {
          hessian[index[a]][index[b]] += d2mu * d[a] * d[b];
        }
      }
      if (ar >= 0) {
        hessian[ar][ar] += dmu * arPart;
      }
      if (ne >= 0) {
        hessian[ne][ne] += dmu * nePart;
      }
      if (width > 0) {
        double[] ex = endX[k];
        for (int a = 0; a < width; a++) {
          double da = dmu * end * ex[a];
          for (int b = 0; b <= a; b++) {
            hessian[index[endStart + a]][index[endStart + b]] += da * ex[b];
          }
        }
      }
      double dr =
          r
              * (Rising.digammaDifference(r, yk, digammaR)
                  - Math.log1p(mu / r)
                  + (mu - yk) / rPlusMu);
      score[psi] += dr;
      hessian[psi][psi] +=
          r
                  * r
                  * (Rising.trigammaDifference(r, yk, trigammaR)
                      + mu / (r * rPlusMu)
                      - (mu - yk) / (rPlusMu * rPlusMu))
              + dr;
      double cross = r * (rPlusY / (rPlusMu * rPlusMu) - 1 / rPlusMu);
      for (int a = 0; a < m; a++) {
        hessian[psi][index[a]] += cross * d[a];
      }
    }
    double[][] information = new double[p][p];
    for (int a = 0; a < p; a++) {
      for (int b = 0; b < p; b++) {
        information[a][b] = -(a >= b ? hessian[a][b] : hessian[b][a]);
      }
    }
    return new Evaluation(ll, score, information);
  }

  private static double term(int y, double mu, double r, double lgammaR) {
    double value = Rising.logGammaDifference(r, y, lgammaR) - r * Math.log1p(mu / r);
    if (y > 0) {
      value += y * (Math.log(mu) - Math.log(r + mu));
    }
    return value;
  }
}
