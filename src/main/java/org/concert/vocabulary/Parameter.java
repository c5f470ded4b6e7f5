package org.concert.vocabulary;

import org.concert.casefile.CaseFact;
import org.concert.casefile.Source;

import java.time.LocalDate;

/**
 * A threshold the rules read instead of a literal, e.g. {@code p17-rounds-for-high = 2} (unit: rounds),
 * with the date its value took effect and the source that justifies it.
 */
public record Parameter(String name, double value, String unit, LocalDate since, String description, Source source, String path)
        implements CaseFact {

    @Override
    public LocalDate date() {
        return since;
    }

    @Override
    public String summary() {
        return "parameter " + name + " = " + (value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value))
                + (description == null ? "" : " (" + description + ")");
    }
}
