package org.concert.validation.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * How well a score ranks the dyad-months that precede an onset: the area under the precision–recall curve as
 * average precision (the sum over thresholds, from the highest score down, of the gain in recall times the
 * precision there; months with equal scores enter together), and the curve's points. Recall here is over
 * positive dyad-months, as usual for a ranking. The months are counted once per score and dyad, so a bootstrap
 * draw costs a pass over those counts, not over every month.
 */
public final class Ranking {

    /** Distinct scores, highest first, each with its dyads' month counts: dyad[k][j], months[k][j], positives[k][j]. */
    private final double[] scores;
    private final int[][] dyad;
    private final double[][] months;
    private final double[][] positives;
    private final int dyadCount;

    public Ranking(Sample sample, double[] score) {
        TreeMap<Double, TreeMap<Integer, double[]>> byScore = new TreeMap<>(java.util.Comparator.reverseOrder());
        for (int i = 0; i < sample.size(); i++) {
            double[] c = byScore.computeIfAbsent(score[i], k -> new TreeMap<>()).computeIfAbsent(sample.dyad(i), k -> new double[2]);
            c[0]++;
            if (sample.label(i)) c[1]++;
        }
        int n = byScore.size(), k = 0;
        scores = new double[n];
        dyad = new int[n][];
        months = new double[n][];
        positives = new double[n][];
        for (var e : byScore.entrySet()) {
            scores[k] = e.getKey();
            int m = e.getValue().size(), j = 0;
            dyad[k] = new int[m];
            months[k] = new double[m];
            positives[k] = new double[m];
            for (var d : e.getValue().entrySet()) {
                dyad[k][j] = d.getKey();
                months[k][j] = d.getValue()[0];
                positives[k][j] = d.getValue()[1];
                j++;
            }
            k++;
        }
        dyadCount = sample.dyads();
    }

    /** One point of the curve: at scores ≥ {@code threshold}. */
    public record Point(double threshold, double recall, double precision) {
    }

    /** Average precision; null when the sample has no positive month (under these weights). */
    public Double averagePrecision(double[] weights) {
        double[] all = new double[scores.length], tps = new double[scores.length];
        double total = 0;
        for (int k = 0; k < scores.length; k++) {
            for (int j = 0; j < dyad[k].length; j++) {
                double w = weights[dyad[k][j]];
                all[k] += w * months[k][j];
                tps[k] += w * positives[k][j];
            }
            total += tps[k];
        }
        if (total == 0) return null;
        double tp = 0, seen = 0, ap = 0, previousRecall = 0;
        for (int k = 0; k < scores.length; k++) {
            tp += tps[k];
            seen += all[k];
            if (seen == 0) continue;
            double recall = tp / total;
            ap += (recall - previousRecall) * (tp / seen);
            previousRecall = recall;
        }
        return ap;
    }

    /** The curve at every distinct score (thinned to at most {@code max} points, always keeping the first and last). */
    public List<Point> curve(int max) {
        double[] ones = new double[dyadCount];
        Arrays.fill(ones, 1);
        double total = 0;
        for (double[] p : positives) for (double v : p) total += v;
        List<Point> points = new ArrayList<>();
        if (total == 0) return points;
        double tp = 0, seen = 0;
        for (int k = 0; k < scores.length; k++) {
            for (int j = 0; j < dyad[k].length; j++) {
                seen += months[k][j];
                tp += positives[k][j];
            }
            points.add(new Point(scores[k], tp / total, tp / seen));
        }
        if (points.size() <= max) return points;
        List<Point> thin = new ArrayList<>();
        double step = (points.size() - 1) / (double) (max - 1);
        for (int k = 0; k < max; k++) thin.add(points.get((int) Math.round(k * step)));
        return thin;
    }
}
