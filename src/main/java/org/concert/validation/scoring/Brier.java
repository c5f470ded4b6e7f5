package org.concert.validation.scoring;

import java.util.ArrayList;
import java.util.List;

/** The Brier score of probabilities on a sample, and the calibration table behind a reliability plot. */
public final class Brier {

    private Brier() {
    }

    /** Mean squared difference of the probability and the outcome (1 or 0), dyads weighted. */
    public static double score(Sample sample, double[] probability, double[] weights) {
        return tally(sample, probability).score(weights);
    }

    /** Squared errors and months summed per dyad: a score under any weights is then a sum over dyads. */
    public static Tally tally(Sample sample, double[] probability) {
        double[] squared = new double[sample.dyads()], months = new double[sample.dyads()];
        for (int i = 0; i < sample.size(); i++) {
            double y = sample.label(i) ? 1 : 0;
            squared[sample.dyad(i)] += (probability[i] - y) * (probability[i] - y);
            months[sample.dyad(i)]++;
        }
        return new Tally(squared, months);
    }

    public record Tally(double[] squaredErrors, double[] months) {
        public double score(double[] weights) {
            double sum = 0, n = 0;
            for (int d = 0; d < weights.length; d++) {
                sum += weights[d] * squaredErrors[d];
                n += weights[d] * months[d];
            }
            return n == 0 ? Double.NaN : sum / n;
        }
    }

    /** One bin of a reliability plot: mean forecast, observed frequency, number of dyad-months. */
    public record Bin(double forecast, double observed, int count) {
    }

    /** Dyad-months in {@code bins} equal-width bins of probability (empty bins left out). */
    public static List<Bin> calibration(Sample sample, double[] probability, int bins) {
        double[] f = new double[bins], o = new double[bins];
        int[] n = new int[bins];
        for (int i = 0; i < sample.size(); i++) {
            int b = Math.min(bins - 1, (int) Math.floor(probability[i] * bins));
            f[b] += probability[i];
            o[b] += sample.label(i) ? 1 : 0;
            n[b]++;
        }
        List<Bin> table = new ArrayList<>();
        for (int b = 0; b < bins; b++) if (n[b] > 0) table.add(new Bin(f[b] / n[b], o[b] / n[b], n[b]));
        return table;
    }
}
