package org.concert.casefile;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The paper's distinction (§2): an alliance exists against an outside enemy, collective security includes everyone. */
public enum OrganisationKind {
    ALLIANCE, COLLECTIVE_SECURITY, PARTNERSHIP, OTHER;

    /** The JSON name, computed once: summaries of facts ask for it on every evaluation. */
    private final String json = name().toLowerCase().replace('_', '-');

    @JsonValue
    public String json() {
        return json;
    }

    @JsonCreator
    public static OrganisationKind fromJson(String name) {
        return valueOf(name.toUpperCase().replace('-', '_'));
    }
}
