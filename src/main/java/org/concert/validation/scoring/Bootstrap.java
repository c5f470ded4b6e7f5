package org.concert.validation.scoring;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Confidence intervals by the cluster bootstrap: dyads are drawn with replacement (a dyad's months stay together,
 * as they are not independent), the statistic is recomputed with each dyad weighted by how often it was drawn, and
 * the 2.5th and 97.5th percentiles of the replicates bound the 95% interval. The draws come from a seeded
 * generator, so a run gives the same intervals every time.
 */
public final class Bootstrap {

    private final List<double[]> draws;

    public Bootstrap(int dyads, int replicates, long seed) {
        RandomGenerator random = new Well19937c(seed);
        List<double[]> all = new ArrayList<>(replicates);
        for (int r = 0; r < replicates; r++) {
            double[] w = new double[dyads];
            for (int k = 0; k < dyads; k++) w[random.nextInt(dyads)]++;
            all.add(w);
        }
        this.draws = List.copyOf(all);
    }

    public int replicates() {
        return draws.size();
    }

    /** The 95% interval of the statistic; replicates for which it is undefined (null or NaN) are left out. */
    public Interval interval(Function<double[], Double> statistic) {
        List<Double> values = new ArrayList<>(draws.size());
        for (double[] w : draws) {
            Double v = statistic.apply(w);
            if (v != null && !v.isNaN()) values.add(v);
        }
        if (values.isEmpty()) return null;
        return new Interval(Statistics.percentile(values, 2.5), Statistics.percentile(values, 97.5), values.size());
    }

    /** A 95% interval and the number of replicates that gave a value. */
    public record Interval(double low, double high, int replicates) {
    }
}
