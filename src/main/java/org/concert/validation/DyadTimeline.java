package org.concert.validation;

import java.time.YearMonth;
import java.util.List;

/**
 * What the rules say about a dyad month by month: the highest level of the warnings that name either state
 * (-1 when none does; 0 NOTICE … 3 CRITICAL) and the propositions behind those warnings, as of each month's last day.
 */
public record DyadTimeline(String dyad, String rules, List<YearMonth> months, List<Integer> levels, List<List<String>> propositions) {

    public DyadTimeline {
        months = List.copyOf(months);
        levels = List.copyOf(levels);
        propositions = List.copyOf(propositions);
    }
}
