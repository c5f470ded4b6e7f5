package org.concert.validation.scoring;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The scoring functions on examples small enough to compute by hand (the arithmetic is in each test's comment). */
class ScoringTest {

    /** One dyad, January to June 2000, an onset in May; a 2-month horizon, so March and April come before it. */
    private static Sample sixMonths() {
        YearMonth[] months = new YearMonth[6];
        for (int i = 0; i < 6; i++) months[i] = YearMonth.of(2000, i + 1);
        boolean[] label = {false, false, true, true, false, false};
        return new Sample(1, new int[6], months, label, List.of(new Sample.Onset(0, YearMonth.of(2000, 5))), 2);
    }

    @Test
    void anAlarmInFebruaryMarchAndJuneCatchesTheMayOnsetTwoMonthsAhead() {
        boolean[] alarm = {false, true, true, false, false, true};
        AlarmScore s = AlarmScore.of(sixMonths(), alarm, new double[]{1});
        // 3 alarmed months, of which March precedes the onset: precision 1/3. The onset is caught (March): recall 1.
        assertThat(s.precision()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(s.recall()).isEqualTo(1.0);
        // F1 = 2 · 1/3 · 1 / (1/3 + 1) = 0.5
        assertThat(s.f1()).isCloseTo(0.5, within(1e-12));
        // 2 false alarms in 6 dyad-months = half a dyad-year: 4 per dyad-year.
        assertThat(s.falseAlarmsPerDyadYear()).isCloseTo(4.0, within(1e-12));
        // Earliest alarm in the horizon (March, April) is March: two months before May.
        assertThat(s.medianLeadMonths()).isEqualTo(2.0);
    }

    @Test
    void anAlarmOnlyAfterTheOnsetCatchesNothing() {
        boolean[] alarm = {false, false, false, false, true, true};
        AlarmScore s = AlarmScore.of(sixMonths(), alarm, new double[]{1});
        assertThat(s.recall()).isEqualTo(0.0);
        assertThat(s.precision()).isEqualTo(0.0);
        assertThat(s.medianLeadMonths()).isNull();
    }

    @Test
    void aDyadDrawnTwiceCountsTwiceAndOneNotDrawnNotAtAll() {
        boolean[] alarm = {false, true, true, false, false, true};
        AlarmScore twice = AlarmScore.of(sixMonths(), alarm, new double[]{2});
        assertThat(twice.alarms()).isEqualTo(6.0);
        assertThat(twice.onsets()).isEqualTo(2.0);
        assertThat(twice.precision()).isCloseTo(1.0 / 3, within(1e-12));
        AlarmScore none = AlarmScore.of(sixMonths(), alarm, new double[]{0});
        assertThat(none.precision()).isNull();
        assertThat(none.recall()).isNull();
    }

    private static Sample fourMonths(boolean... label) {
        YearMonth[] months = new YearMonth[label.length];
        for (int i = 0; i < label.length; i++) months[i] = YearMonth.of(2000, i + 1);
        return new Sample(1, new int[label.length], months, label, List.of(), 1);
    }

    @Test
    void averagePrecisionOfARankingWithOneMistake() {
        // Scores .9 .8 .7 .6 on positive, negative, positive, negative: AP = 1/2 · 1 + 1/2 · 2/3 = 5/6.
        Ranking r = new Ranking(fourMonths(true, false, true, false), new double[]{0.9, 0.8, 0.7, 0.6});
        assertThat(r.averagePrecision(new double[]{1})).isCloseTo(5.0 / 6, within(1e-12));
        assertThat(r.curve(10)).extracting(Ranking.Point::precision).containsExactly(1.0, 0.5, 2.0 / 3, 0.5);
    }

    @Test
    void tiedScoresEnterTogether() {
        // Two levels: {1, 1} holds one of two positives (precision 1/2, recall 1/2), {0, 0} the other (1/2, 1):
        // AP = 1/2 · 1/2 + 1/2 · 1/2 = 1/2, whatever the order of the tied months.
        Ranking r = new Ranking(fourMonths(true, false, true, false), new double[]{1, 1, 0, 0});
        assertThat(r.averagePrecision(new double[]{1})).isCloseTo(0.5, within(1e-12));
        Ranking constant = new Ranking(fourMonths(true, false, false, false), new double[]{1, 1, 1, 1});
        assertThat(constant.averagePrecision(new double[]{1})).isCloseTo(0.25, within(1e-12)); // the base rate
    }

    @Test
    void averagePrecisionIsUndefinedWithoutPositives() {
        assertThat(new Ranking(fourMonths(false, false), new double[]{1, 0}).averagePrecision(new double[]{1})).isNull();
    }

    @Test
    void brierScoreAndCalibrationTable() {
        Sample s = fourMonths(true, false, true, false);
        // (0.2² + 0.2² + 0.4² + 0²) / 4 = (0.04 + 0.04 + 0.16 + 0) / 4 = 0.06
        assertThat(Brier.score(s, new double[]{0.8, 0.2, 0.6, 0.0}, new double[]{1})).isCloseTo(0.06, within(1e-12));
        // Bins of width 0.5: {0.2, 0.0} forecast 0.1, observed 0; {0.8, 0.6} forecast 0.7, observed 1.
        assertThat(Brier.calibration(s, new double[]{0.8, 0.2, 0.6, 0.0}, 2)).satisfiesExactly(
                b -> { assertThat(b.forecast()).isCloseTo(0.1, within(1e-12)); assertThat(b.observed()).isEqualTo(0.0); assertThat(b.count()).isEqualTo(2); },
                b -> { assertThat(b.forecast()).isCloseTo(0.7, within(1e-12)); assertThat(b.observed()).isEqualTo(1.0); });
    }

    @Test
    void theBootstrapIsTheSameForTheSameSeedAndDrawsWholeDyads() {
        Bootstrap a = new Bootstrap(5, 200, 7), b = new Bootstrap(5, 200, 7);
        java.util.function.Function<double[], Double> mix = w -> w[0] + 0.1 * w[1] + 0.01 * w[2] + 0.001 * w[3];
        assertThat(a.interval(mix)).isEqualTo(b.interval(mix));
        // Draws differ: the first dyad is drawn 0 times in some, 2 or more in others.
        assertThat(a.interval(w -> w[0]).low()).isEqualTo(0.0);
        assertThat(a.interval(w -> w[0]).high()).isGreaterThanOrEqualTo(2.0);
        // Each draw picks 5 dyads: the weights add up to 5.
        assertThat(a.interval(w -> java.util.Arrays.stream(w).sum())).isEqualTo(new Bootstrap.Interval(5, 5, 200));
    }

    @Test
    void theLogitRecoversTheOddsOfTwoGroups() {
        // 400 months with x = 0, a quarter positive; 400 with x = 1, three quarters positive: the fitted
        // probabilities are the groups' rates and the slope is log(3) - log(1/3) = 2.197 (the weak prior barely moves it).
        int n = 800;
        double[][] x = new double[n][];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            boolean one = i >= 400;
            x[i] = new double[]{one ? 1 : 0};
            y[i] = one ? (i % 4 != 0) : (i % 4 == 0);
        }
        Logistic fit = Logistic.fit(x, y);
        assertThat(fit.probability(0)).isCloseTo(0.25, within(0.002));
        assertThat(fit.probability(1)).isCloseTo(0.75, within(0.002));
        assertThat(fit.coefficients()[1]).isCloseTo(Math.log(9), within(0.02));
    }

    @Test
    void medianAndPercentiles() {
        assertThat(Statistics.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
        assertThat(Statistics.median(List.of(1.0, 2.0, 3.0, 4.0))).isEqualTo(2.5);
        assertThat(Statistics.median(List.of())).isNull();
    }
}
