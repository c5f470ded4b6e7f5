package org.concert.casefile;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Only full membership with an equal voice counts as inclusion (propositions, vocabulary). */
public enum MembershipStatus {
    FULL, PARTNER, OBSERVER;

    @JsonValue
    public String json() {
        return name().toLowerCase();
    }

    @JsonCreator
    public static MembershipStatus fromJson(String name) {
        return valueOf(name.toUpperCase().replace('-', '_'));
    }
}
