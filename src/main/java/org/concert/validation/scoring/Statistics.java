package org.concert.validation.scoring;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;

import java.util.List;

/** Order statistics from Commons Math, with the estimator R and most statistics packages use by default (type 7). */
public final class Statistics {

    private Statistics() {
    }

    public static Double median(List<Double> values) {
        return percentile(values, 50);
    }

    /** The {@code p}-th percentile (0 < p ≤ 100) of the values, null when there are none. */
    public static Double percentile(List<Double> values, double p) {
        if (values.isEmpty()) return null;
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        return new Percentile().withEstimationType(Percentile.EstimationType.R_7).evaluate(v, p);
    }
}
