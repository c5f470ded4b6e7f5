package org.concert.casefile;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Only full membership with an equal voice counts as inclusion (propositions, vocabulary). */
public enum MembershipStatus {
    FULL, PARTNER, OBSERVER;

    /** The JSON name, computed once: summaries of facts ask for it on every evaluation. */
    private final String json = name().toLowerCase();

    @JsonValue
    public String json() {
        return json;
    }

    @JsonCreator
    public static MembershipStatus fromJson(String name) {
        return valueOf(name.toUpperCase().replace('-', '_'));
    }
}
