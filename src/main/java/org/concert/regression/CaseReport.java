package org.concert.regression;

import java.util.List;

/**
 * A case's regression result: its expectations checked, and the lead time of its warnings before each
 * outcome. Expectations fall in three groups: regression guards (written after the rules' answer on the
 * case was seen; they must hold), forecasts (registered before; scored, a miss is a finding) and withdrawn
 * ones (kept for the record, not checked).
 */
public record CaseReport(String caseId, String title, String file, List<ExpectationResult> expectations,
                         List<LeadTime> leadTimes, Timeline timeline) {

    /** Every regression guard holds; forecasts may miss. */
    public boolean passed() {
        return guards().stream().allMatch(ExpectationResult::passed);
    }

    /** Expectations met, of those checked (guards and forecasts). */
    public long met() {
        return expectations.stream().filter(ExpectationResult::passed).count();
    }

    /** Expectations checked: all but the withdrawn. */
    public long checked() {
        return expectations.stream().filter(r -> !r.withdrawn()).count();
    }

    public List<ExpectationResult> guards() {
        return expectations.stream().filter(ExpectationResult::isGuard).toList();
    }

    public List<ExpectationResult> forecasts() {
        return expectations.stream().filter(r -> !r.withdrawn() && r.isForecast()).toList();
    }

    public List<ExpectationResult> withdrawn() {
        return expectations.stream().filter(ExpectationResult::withdrawn).toList();
    }
}
