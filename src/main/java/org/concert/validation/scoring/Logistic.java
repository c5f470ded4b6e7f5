package org.concert.validation.scoring;

import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.analysis.MultivariateVectorFunction;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleValueChecker;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunctionGradient;
import org.apache.commons.math3.optim.nonlinear.scalar.gradient.NonLinearConjugateGradientOptimizer;

/**
 * A logistic regression fitted by maximum likelihood with Commons Math's non-linear conjugate-gradient optimiser
 * (Polak–Ribière), on standardised predictors, with a weakly informative normal prior of scale
 * {@link #PRIOR_SCALE} on each standardised slope (none on the intercept), as Gelman, Jakulin, Pittau and Su (2008,
 * Annals of Applied Statistics 2(4)) recommend for logistic regression: it keeps the fit finite when a predictor
 * separates the outcome and barely moves it otherwise. The prior is fixed, not tuned. Used for the peace-years baseline and, with one predictor, to calibrate scores (Platt scaling).
 */
public final class Logistic {

    public static final double PRIOR_SCALE = 2.5;

    private final double[] mean;
    private final double[] scale;
    /** Intercept first, then one slope per standardised predictor. */
    private final double[] beta;
    private final int iterations;

    private Logistic(double[] mean, double[] scale, double[] beta, int iterations) {
        this.mean = mean;
        this.scale = scale;
        this.beta = beta;
        this.iterations = iterations;
    }

    /** Fits {@code y ~ x}; rows of {@code x} are observations. */
    public static Logistic fit(double[][] x, boolean[] y) {
        int n = x.length, k = n == 0 ? 0 : x[0].length;
        if (n == 0) throw new IllegalArgumentException("nothing to fit: no observations");
        double[] mean = new double[k], scale = new double[k];
        for (double[] row : x) for (int j = 0; j < k; j++) mean[j] += row[j] / n;
        for (double[] row : x) for (int j = 0; j < k; j++) scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
        for (int j = 0; j < k; j++) scale[j] = scale[j] > 0 ? Math.sqrt(scale[j]) : 1;
        double[][] z = new double[n][k];
        for (int i = 0; i < n; i++) for (int j = 0; j < k; j++) z[i][j] = (x[i][j] - mean[j]) / scale[j];
        double penalty = 1 / (PRIOR_SCALE * PRIOR_SCALE);

        MultivariateFunction loss = b -> {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double eta = eta(b, z[i]);
                // log(1 + e^eta) - y*eta, computed without overflow
                sum += (eta > 0 ? eta + Math.log1p(Math.exp(-eta)) : Math.log1p(Math.exp(eta))) - (y[i] ? eta : 0);
            }
            for (int j = 1; j < b.length; j++) sum += 0.5 * penalty * b[j] * b[j];
            return sum;
        };
        MultivariateVectorFunction gradient = b -> {
            double[] g = new double[b.length];
            for (int i = 0; i < n; i++) {
                double r = sigmoid(eta(b, z[i])) - (y[i] ? 1 : 0);
                g[0] += r;
                for (int j = 0; j < k; j++) g[j + 1] += r * z[i][j];
            }
            for (int j = 1; j < b.length; j++) g[j] += penalty * b[j];
            return g;
        };
        NonLinearConjugateGradientOptimizer optimiser = new NonLinearConjugateGradientOptimizer(
                NonLinearConjugateGradientOptimizer.Formula.POLAK_RIBIERE, new SimpleValueChecker(1e-12, 1e-12));
        PointValuePair best = optimiser.optimize(new MaxEval(100_000), new MaxIter(10_000), new ObjectiveFunction(loss),
                new ObjectiveFunctionGradient(gradient), GoalType.MINIMIZE, new InitialGuess(new double[k + 1]));
        return new Logistic(mean, scale, best.getPoint(), optimiser.getIterations());
    }

    private static double eta(double[] b, double[] z) {
        double e = b[0];
        for (int j = 0; j < z.length; j++) e += b[j + 1] * z[j];
        return e;
    }

    private static double sigmoid(double eta) {
        return eta >= 0 ? 1 / (1 + Math.exp(-eta)) : Math.exp(eta) / (1 + Math.exp(eta));
    }

    public double probability(double... x) {
        double e = beta[0];
        for (int j = 0; j < x.length; j++) e += beta[j + 1] * (x[j] - mean[j]) / scale[j];
        return sigmoid(e);
    }

    /** Coefficients on the original scale of the predictors: intercept first. */
    public double[] coefficients() {
        double[] c = new double[beta.length];
        c[0] = beta[0];
        for (int j = 1; j < beta.length; j++) {
            c[j] = beta[j] / scale[j - 1];
            c[0] -= c[j] * mean[j - 1];
        }
        return c;
    }

    public int iterations() {
        return iterations;
    }
}
