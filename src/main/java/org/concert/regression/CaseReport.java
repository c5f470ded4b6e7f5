package org.concert.regression;

import java.util.List;

/** A case's regression result: its expectations checked, and the lead time of its warnings before each outcome. */
public record CaseReport(String caseId, String title, String file, List<ExpectationResult> expectations,
                         List<LeadTime> leadTimes, Timeline timeline) {

    public boolean passed() {
        return expectations.stream().allMatch(ExpectationResult::passed);
    }

    public long met() {
        return expectations.stream().filter(ExpectationResult::passed).count();
    }
}
