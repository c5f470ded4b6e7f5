package org.concert.validation.facts;

import java.time.YearMonth;
import java.util.List;

/**
 * A directed pair of a great power and a state it borders, and the months in which it is observed: the power is
 * a major power and the two are directly contiguous (COW types 1–3) at the month's end, both being states then.
 * {@code closestType} is the nearest contiguity of the pair in those months; {@code betweenRivals} marks a
 * neighbour that also borders a strategic rival of the power (a buffer state in the paper's sense).
 */
public record Dyad(int power, int neighbour, String powerId, String neighbourId, String powerName, String neighbourName,
                   int closestType, boolean betweenRivals, List<YearMonth> months) {

    public Dyad {
        months = List.copyOf(months);
    }

    /** {@code RUS-POL}: the power first. */
    public String id() {
        return powerId + "-" + neighbourId;
    }

    public YearMonth first() {
        return months.get(0);
    }

    public YearMonth last() {
        return months.get(months.size() - 1);
    }
}
