package org.concert.casefile;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How sure the case's author is of a fact, by the codebook's scale (docs/codebook.md, "Confidence"):
 * {@code high} checked against its source, {@code medium} standard but its source not read for this
 * case, {@code low} doubtful (a note says why). Rules never read it; readers and reports do.
 */
public enum Confidence {
    HIGH, MEDIUM, LOW;

    private final String json = name().toLowerCase();

    @JsonValue
    public String json() {
        return json;
    }

    @JsonCreator
    public static Confidence fromJson(String name) {
        return valueOf(name.toUpperCase());
    }
}
