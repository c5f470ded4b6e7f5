package org.concert.regression;

import org.concert.Fixtures;
import org.concert.casefile.CaseFile;
import org.concert.casefile.CaseLibrary;
import org.concert.casefile.Level;
import org.concert.session.EvaluationLimits;
import org.concert.session.Evaluator;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineTest {

    private static final long SEED = 20261127L;

    /**
     * Property: replaying a case incrementally (one session, facts inserted in date order) gives, at
     * every date, exactly what a fresh evaluation at that date gives. Dates are random (seeded), over
     * each case's whole period and a little beyond.
     */
    @TestFactory
    Stream<DynamicTest> incrementalReplayEqualsFreshEvaluationAtRandomDates() {
        Random random = new Random(SEED);
        List<DynamicTest> tests = new ArrayList<>();
        for (CaseFile c : CaseLibrary.load(Fixtures.CASES).cases()) {
            for (int run = 0; run < 3; run++) {
                List<LocalDate> dates = randomDates(random, c.period().from().minusYears(2), c.period().to().plusYears(2), 25);
                tests.add(DynamicTest.dynamicTest(c.id() + " at " + dates.size() + " random dates (seed " + SEED + ", run " + run + ")", () -> {
                    Evaluator fresh = new Evaluator();
                    try (var session = new org.concert.session.CaseSession(Fixtures.rules(), c, EvaluationLimits.DEFAULT)) {
                        for (LocalDate d : dates) {
                            TimelinePoint incremental = Timeline.point(session.advanceTo(d).snapshot());
                            TimelinePoint naive = Timeline.point(fresh.evaluate(Fixtures.rules(), c, d));
                            assertThat(incremental).as("%s as of %s", c.id(), d).isEqualTo(naive);
                        }
                    }
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void aMonthlyReplayMatchesAMonthlyReevaluation() {
        CaseFile c = Fixtures.loadCase("russia-west-1990-2022");
        Timeline incremental = Timeline.replay(Fixtures.rules(), c, EvaluationLimits.DEFAULT);
        Timeline naive = Timeline.reevaluate(Fixtures.rules(), c, c.period().from(), c.period().to(), Step.MONTH, EvaluationLimits.DEFAULT);
        assertThat(incremental.points()).hasSize(387).isEqualTo(naive.points());
        assertThat(incremental.spans()).isEqualTo(naive.spans());
    }

    @Test
    void russiaWestWarnsHighByBucharestYearsBeforeTheInvasionButAfterTheFirstDispute() {
        CaseReport report = new RegressionSuite(Fixtures.rules(), EvaluationLimits.DEFAULT).run(Fixtures.loadCase("russia-west-1990-2022"));
        LeadTime dispute = lead(report, "mid-3559-1992");
        LeadTime invasion = lead(report, "invasion-2022");
        assertThat(invasion.firstWarning()).isBeforeOrEqualTo(LocalDate.of(2008, 4, 4));
        assertThat(invasion.years()).isGreaterThanOrEqualTo(13.8);
        assertThat(dispute.timely()).isFalse();
        assertThat(report.timeline().firstAtLeast(Level.HIGH)).contains(invasion.firstWarning());
    }

    @Test
    void aWarningsSpanRecordsWhenItAppearsAndDisappears() {
        CaseFile c = Fixtures.loadCase("versailles-1919");
        Timeline t = Timeline.replay(Fixtures.rules(), c, c.period().from(), c.period().to(), Step.FACTS, EvaluationLimits.DEFAULT);
        WarningSpan grievance = t.spans().stream().filter(s -> s.kind().equals("grievance")).findFirst().orElseThrow();
        assertThat(grievance.appeared()).isEqualTo(LocalDate.of(1919, 6, 28));
        assertThat(grievance.peak()).isEqualTo(Level.HIGH);
        // HIGH, not ELEVATED, since the second coding: the United States did not accept the treaty, and P24 reads
        // any signatory that did not accept it as a holdout (docs/second-coding/; the withdrawn 1927 guard).
        assertThat(t.at(LocalDate.of(1927, 1, 1)).orElseThrow().highest()).isEqualTo(Level.HIGH);
    }

    private static LeadTime lead(CaseReport r, String outcome) {
        return r.leadTimes().stream().filter(l -> l.outcome().equals(outcome)).findFirst().orElseThrow();
    }

    private static List<LocalDate> randomDates(Random random, LocalDate from, LocalDate to, int n) {
        long days = ChronoUnit.DAYS.between(from, to);
        TreeSet<LocalDate> dates = new TreeSet<>();
        while (dates.size() < n) dates.add(from.plusDays((long) (random.nextDouble() * days)));
        return new ArrayList<>(dates);
    }
}
