package org.concert.validation.scoring;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * How an alarm (a score at or above a threshold) did on a sample. Precision is over alarmed dyad-months: the share
 * followed by an onset within the horizon. Recall is over onsets: the share with an alarm in some month of the
 * horizon before it. False alarms are alarmed dyad-months followed by no onset, per dyad-year (12 dyad-months).
 * Lead time is from the earliest alarmed month within the horizon before a caught onset to the onset's month.
 */
public record AlarmScore(double alarms, double truePositives, double onsets, double caught, double dyadMonths,
                         Double precision, Double recall, Double f1, Double falseAlarmsPerDyadYear, Double medianLeadMonths) {

    /** Scores {@code alarm} on {@code sample}, each dyad counted {@code weights[dyad]} times (1 each, or a bootstrap draw). */
    public static AlarmScore of(Sample sample, boolean[] alarm, double[] weights) {
        return tally(sample, alarm).score(weights);
    }

    /** The alarm's counts per dyad, from which a score under any weights is a sum over dyads. */
    public static Tally tally(Sample sample, boolean[] alarm) {
        int n = sample.dyads();
        double[] months = new double[n], alarms = new double[n], tp = new double[n], onsets = new double[n], caught = new double[n];
        List<List<Double>> leads = new ArrayList<>(n);
        for (int d = 0; d < n; d++) leads.add(new ArrayList<>());
        for (int i = 0; i < sample.size(); i++) {
            int d = sample.dyad(i);
            months[d]++;
            if (alarm[i]) {
                alarms[d]++;
                if (sample.label(i)) tp[d]++;
            }
        }
        for (Sample.Onset o : sample.onsets()) {
            onsets[o.dyad()]++;
            for (int k = sample.horizon(); k >= 1; k--) {
                int r = sample.row(o.dyad(), o.month().minusMonths(k));
                if (r >= 0 && alarm[r]) {
                    caught[o.dyad()]++;
                    leads.get(o.dyad()).add((double) ChronoUnit.MONTHS.between(sample.month(r), o.month()));
                    break;
                }
            }
        }
        return new Tally(months, alarms, tp, onsets, caught, leads);
    }

    /** Counts per dyad (index = dyad). */
    public record Tally(double[] months, double[] alarms, double[] truePositives, double[] onsets, double[] caught,
                        List<List<Double>> leads) {

        public AlarmScore score(double[] weights) {
            double alarmed = 0, tp = 0, all = 0, onsetCount = 0, caughtCount = 0;
            List<Double> leadTimes = new ArrayList<>();
            for (int d = 0; d < weights.length; d++) {
                double w = weights[d];
                if (w == 0) continue;
                all += w * months[d];
                alarmed += w * alarms[d];
                tp += w * truePositives[d];
                onsetCount += w * onsets[d];
                caughtCount += w * caught[d];
                for (int c = 0; c < (int) w; c++) leadTimes.addAll(leads.get(d));
            }
            Double precision = alarmed > 0 ? tp / alarmed : null;
            Double recall = onsetCount > 0 ? caughtCount / onsetCount : null;
            Double f1 = precision == null || recall == null || precision + recall == 0 ? null : 2 * precision * recall / (precision + recall);
            Double falseAlarms = all > 0 ? (alarmed - tp) / (all / 12.0) : null;
            return new AlarmScore(alarmed, tp, onsetCount, caughtCount, all, precision, recall, f1, falseAlarms, Statistics.median(leadTimes));
        }
    }
}
