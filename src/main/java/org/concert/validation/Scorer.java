package org.concert.validation;

import org.concert.casefile.Level;
import org.concert.validation.baselines.Covariates;
import org.concert.validation.outcomes.OutcomeKind;
import org.concert.validation.outcomes.OutcomeKind.Period;
import org.concert.validation.scoring.AlarmScore;
import org.concert.validation.scoring.Bootstrap;
import org.concert.validation.scoring.Brier;
import org.concert.validation.scoring.Logistic;
import org.concert.validation.scoring.Ranking;
import org.concert.validation.scoring.Sample;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Scores every model on every outcome, horizon and period. The logit is fitted, every score calibrated (Platt) and
 * the logit's alarm threshold chosen (highest F1) on the training period only; the test period is scored once.
 */
final class Scorer {

    static final int[] HORIZONS = {12, 24};

    private final DyadMonths frame;
    private final int replicates;
    private final long seed;
    private final List<Results.LogitFit> fits = new ArrayList<>();

    Scorer(DyadMonths frame, int replicates, long seed) {
        this.frame = frame;
        this.replicates = replicates;
        this.seed = seed;
    }

    List<Results.LogitFit> logits() {
        return fits;
    }

    List<Results.Result> score() {
        List<Results.Result> results = new ArrayList<>();
        Bootstrap bootstrap = new Bootstrap(frame.dyads().size(), replicates, seed);
        for (OutcomeKind kind : OutcomeKind.values()) {
            for (int horizon : HORIZONS) {
                DyadMonths.Slice train = frame.slice(kind, horizon, Period.TRAIN);
                DyadMonths.Slice test = frame.slice(kind, horizon, Period.TEST);
                Map<Model, double[]> trainScores = scores(train), testScores = scores(test);
                // The logit, its alarm threshold and every calibration come from the training period alone.
                Logistic logit = fitLogit(train);
                double[] trainLogit = predict(logit, train), testLogit = predict(logit, test);
                trainScores.put(Model.LOGIT, trainLogit);
                testScores.put(Model.LOGIT, testLogit);
                double threshold = bestThreshold(train.sample(), trainLogit);
                if (logit != null) fits.add(logitFit(kind, horizon, train, logit, threshold));
                Map<Model, Logistic> calibration = new EnumMap<>(Model.class);
                for (Model m : Model.values()) if (m != Model.LOGIT) calibration.put(m, platt(train.sample(), trainScores.get(m)));
                for (Period period : Period.values()) {
                    DyadMonths.Slice slice = period == Period.TRAIN ? train : test;
                    Map<Model, double[]> s = period == Period.TRAIN ? trainScores : testScores;
                    List<Results.ModelResult> models = new ArrayList<>();
                    Ranking concert = new Ranking(slice.sample(), s.get(Model.CONCERT));
                    for (Model m : Model.values()) {
                        double[] probability = m == Model.LOGIT ? s.get(m) : apply(calibration.get(m), s.get(m));
                        models.add(model(m, slice.sample(), s.get(m), probability, m == Model.LOGIT ? threshold : 1,
                                bootstrap, period == Period.TEST, concert));
                    }
                    Sample sample = slice.sample();
                    int positives = 0;
                    for (int i = 0; i < sample.size(); i++) if (sample.label(i)) positives++;
                    results.add(new Results.Result(kind.name(), kind.title(), horizon, period.name(), kind.label(period),
                            sample.dyadsWithRows(), sample.size(), sample.onsets().size(), positives, models,
                            propositions(slice, positives)));
                }
            }
        }
        return results;
    }

    /** Per proposition cited by the dyad's warnings: months, dyads, share followed by an onset, and lift over the base rate. */
    private List<Results.PropositionResult> propositions(DyadMonths.Slice slice, int positives) {
        Sample sample = slice.sample();
        Map<String, int[]> counts = new java.util.TreeMap<>(java.util.Comparator.comparingInt((String p) -> Integer.parseInt(p.substring(1))));
        Map<String, java.util.Set<Integer>> dyads = new java.util.HashMap<>();
        for (int i = 0; i < sample.size(); i++) {
            DyadMonths.Rows r = frame.dyads().get(slice.dyadIndex()[i]);
            for (String p : r.propositions().get(slice.monthIndex()[i])) {
                int[] c = counts.computeIfAbsent(p, k -> new int[2]);
                c[0]++;
                if (sample.label(i)) c[1]++;
                dyads.computeIfAbsent(p, k -> new java.util.HashSet<>()).add(slice.dyadIndex()[i]);
            }
        }
        double base = sample.size() == 0 ? 0 : (double) positives / sample.size();
        List<Results.PropositionResult> list = new ArrayList<>();
        counts.forEach((p, c) -> {
            double precision = (double) c[1] / c[0];
            list.add(new Results.PropositionResult(p, c[0], dyads.get(p).size(), round(precision), base == 0 ? null : round(precision / base)));
        });
        return list;
    }

    /** Each model's score on the slice's rows (the logit's is added once fitted). */
    private Map<Model, double[]> scores(DyadMonths.Slice slice) {
        int n = slice.sample().size();
        Map<Model, double[]> scores = new EnumMap<>(Model.class);
        for (Model m : Model.values()) if (m != Model.LOGIT) scores.put(m, new double[n]);
        for (int i = 0; i < n; i++) {
            DyadMonths.Rows r = frame.dyads().get(slice.dyadIndex()[i]);
            int j = slice.monthIndex()[i];
            scores.get(Model.CONCERT)[i] = r.level()[j] + 1;
            scores.get(Model.ALWAYS)[i] = 1;
            scores.get(Model.PERSISTENCE)[i] = r.persistence()[j] ? 1 : 0;
            scores.get(Model.TRIGGERS)[i] = r.triggers()[j] ? 1 : 0;
            scores.get(Model.RIVALRY)[i] = r.rivalry()[j] ? 1 : 0;
        }
        return scores;
    }

    /** Null when the training period has no dyad-month (a small run): the model then has no probabilities. */
    private Logistic fitLogit(DyadMonths.Slice train) {
        Sample s = train.sample();
        if (s.size() == 0) return null;
        double[][] x = new double[s.size()][];
        boolean[] y = new boolean[s.size()];
        for (int i = 0; i < s.size(); i++) {
            x[i] = frame.dyads().get(train.dyadIndex()[i]).covariates()[train.monthIndex()[i]];
            y[i] = s.label(i);
        }
        return Logistic.fit(x, y);
    }

    private double[] predict(Logistic logit, DyadMonths.Slice slice) {
        double[] p = new double[slice.sample().size()];
        if (logit == null) {
            java.util.Arrays.fill(p, Double.NaN);
            return p;
        }
        for (int i = 0; i < p.length; i++) p[i] = logit.probability(frame.dyads().get(slice.dyadIndex()[i]).covariates()[slice.monthIndex()[i]]);
        return p;
    }

    private static Logistic platt(Sample train, double[] score) {
        if (score.length == 0) return null;
        double[][] x = new double[score.length][];
        boolean[] y = new boolean[score.length];
        for (int i = 0; i < score.length; i++) {
            x[i] = new double[]{score[i]};
            y[i] = train.label(i);
        }
        return Logistic.fit(x, y);
    }

    private static double[] apply(Logistic calibration, double[] score) {
        double[] p = new double[score.length];
        for (int i = 0; i < p.length; i++) p[i] = calibration == null ? Double.NaN : calibration.probability(score[i]);
        return p;
    }

    /** The probability at which the logit's alarm has the highest F1 on the training period (of at most 200 candidates). */
    private static double bestThreshold(Sample train, double[] p) {
        TreeSet<Double> distinct = new TreeSet<>();
        for (double v : p) distinct.add(v);
        List<Double> all = new ArrayList<>(distinct);
        List<Double> candidates = new ArrayList<>();
        int step = Math.max(1, all.size() / 200);
        for (int i = 0; i < all.size(); i += step) candidates.add(all.get(i));
        double best = 1, bestF1 = -1;
        double[] w = train.unitWeights();
        for (double t : candidates) {
            AlarmScore a = AlarmScore.of(train, alarm(p, t), w);
            double f1 = a.f1() == null ? 0 : a.f1();
            if (f1 > bestF1) {
                bestF1 = f1;
                best = t;
            }
        }
        return best;
    }

    private static boolean[] alarm(double[] score, double threshold) {
        boolean[] a = new boolean[score.length];
        for (int i = 0; i < a.length; i++) a[i] = score[i] >= threshold;
        return a;
    }

    private Results.ModelResult model(Model m, Sample sample, double[] score, double[] probability, double logitThreshold,
                                      Bootstrap bootstrap, boolean withCurves, Ranking concert) {
        double threshold = switch (m) {
            case CONCERT -> Level.HIGH.ordinal() + 1;
            case LOGIT -> logitThreshold;
            default -> 1;
        };
        String alarmText = switch (m) {
            case CONCERT -> "level ≥ HIGH";
            case LOGIT -> String.format(java.util.Locale.ROOT, "p ≥ %.4f (best F1 in training)", logitThreshold);
            case ALWAYS -> "always";
            default -> "when present";
        };
        boolean[] alarm = alarm(score, threshold);
        double[] ones = sample.unitWeights();
        AlarmScore.Tally tally = AlarmScore.tally(sample, alarm);
        AlarmScore point = tally.score(ones);
        Ranking ranking = new Ranking(sample, score);
        Results.Metric precision = metric(point.precision(), bootstrap, w -> tally.score(w).precision());
        Results.Metric recall = metric(point.recall(), bootstrap, w -> tally.score(w).recall());
        Results.Metric f1 = metric(point.f1(), bootstrap, w -> tally.score(w).f1());
        Results.Metric aucPr = metric(ranking.averagePrecision(ones), bootstrap, ranking::averagePrecision);
        Results.Metric gap = m == Model.CONCERT ? new Results.Metric(null, null, null)
                : metric(difference(concert.averagePrecision(ones), ranking.averagePrecision(ones)), bootstrap,
                        w -> difference(concert.averagePrecision(w), ranking.averagePrecision(w)));
        boolean calibrated = sample.size() > 0 && !Double.isNaN(probability[0]);
        Brier.Tally squared = calibrated ? Brier.tally(sample, probability) : null;
        Results.Metric brier = metric(!calibrated ? null : squared.score(ones), bootstrap, w -> squared.score(w));
        List<Results.LevelResult> levels = new ArrayList<>();
        if (m == Model.CONCERT) {
            for (Level l : Level.values()) {
                AlarmScore a = AlarmScore.of(sample, alarm(score, l.ordinal() + 1), ones);
                levels.add(new Results.LevelResult(l.name(), a.precision(), a.recall(), a.f1(), a.falseAlarmsPerDyadYear(),
                        a.medianLeadMonths(), a.alarms()));
            }
        }
        List<double[]> curve = new ArrayList<>();
        List<Brier.Bin> calibration = List.of();
        if (withCurves) {
            for (Ranking.Point p : ranking.curve(100)) curve.add(new double[]{round(p.recall()), round(p.precision()), round(p.threshold())});
        }
        if (withCurves && calibrated) {
            calibration = Brier.calibration(sample, probability, 10).stream()
                    .map(b -> new Brier.Bin(round(b.forecast()), round(b.observed()), b.count())).toList();
        }
        return new Results.ModelResult(m.title(), alarmText, precision, recall, f1, round(point.falseAlarmsPerDyadYear()),
                round(point.medianLeadMonths()), point.alarms(), aucPr, gap, brier, levels, curve, calibration);
    }

    private static Double difference(Double a, Double b) {
        return a == null || b == null ? null : a - b;
    }

    private Results.Metric metric(Double value, Bootstrap bootstrap, java.util.function.Function<double[], Double> statistic) {
        if (value == null || value.isNaN()) return new Results.Metric(null, null, null);
        Bootstrap.Interval ci = replicates == 0 ? null : bootstrap.interval(statistic);
        return new Results.Metric(round(value), ci == null ? null : round(ci.low()), ci == null ? null : round(ci.high()));
    }

    private Results.LogitFit logitFit(OutcomeKind kind, int horizon, DyadMonths.Slice train, Logistic logit, double threshold) {
        Map<String, Double> coefficients = new LinkedHashMap<>();
        double[] c = logit.coefficients();
        coefficients.put("intercept", round(c[0]));
        for (int j = 0; j < Covariates.NAMES.size(); j++) coefficients.put(Covariates.NAMES.get(j), round(c[j + 1]));
        int positives = 0;
        for (int i = 0; i < train.sample().size(); i++) if (train.sample().label(i)) positives++;
        return new Results.LogitFit(kind.name(), horizon, train.sample().size(), positives, coefficients, round(threshold), logit.iterations());
    }

    /** Six significant decimals: enough for the figures, and the same bytes on every run. */
    static Double round(Double v) {
        if (v == null || v.isNaN() || v.isInfinite()) return null;
        return Math.round(v * 1e6) / 1e6;
    }
}
