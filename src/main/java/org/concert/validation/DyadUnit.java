package org.concert.validation;

import org.concert.casefile.CaseFile;

import java.time.YearMonth;
import java.util.List;

/**
 * One unit of work: a dyad's case facts and the months to read its warnings at. With a rule base it yields a
 * {@link DyadTimeline}, depending on nothing else, so units run in any order, on any core, or elsewhere: on the
 * wire a unit is the case in the case-file format ({@code CaseJson}) with the dyad's two ids and months, and the
 * rule base is named by its content hash.
 */
public record DyadUnit(String dyad, String power, String neighbour, CaseFile facts, List<YearMonth> months) {

    public DyadUnit {
        months = List.copyOf(months);
        if (months.isEmpty()) throw new IllegalArgumentException("dyad " + dyad + " has no month to observe");
    }
}
