package org.concert.casefile;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The paper's distinction (§2): an alliance exists against an outside enemy, collective security includes everyone. */
public enum OrganisationKind {
    ALLIANCE, COLLECTIVE_SECURITY, PARTNERSHIP, OTHER;

    @JsonValue
    public String json() {
        return name().toLowerCase().replace('_', '-');
    }

    @JsonCreator
    public static OrganisationKind fromJson(String name) {
        return valueOf(name.toUpperCase().replace('-', '_'));
    }
}
