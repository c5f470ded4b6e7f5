package org.concert.casefile;

import java.time.LocalDate;

/**
 * An alliance, collective-security organisation, partnership or other body. Seen by the rules
 * from its founding; {@code dissolved} is filled in only once the dissolution has happened.
 */
public record Organisation(String id, String name, OrganisationKind kind, String region,
                           LocalDate founded, LocalDate dissolved, String adversary,
                           LocalDate knownFrom, Confidence confidence, String quote, String note,
                           Source source, String path) implements CaseFact {

    /** An organisation known from its founding, without confidence, quotation or note, as facts generated from data are made. */
    public Organisation(String id, String name, OrganisationKind kind, String region, LocalDate founded, LocalDate dissolved,
                        String adversary, Source source, String path) {
        this(id, name, kind, region, founded, dissolved, adversary, null, null, null, null, source, path);
    }

    /** When the founding became known from the case's perspective (a secret alliance is known later). */
    @Override
    public LocalDate known() {
        return knownFrom != null ? knownFrom : founded;
    }

    public boolean isActive() {
        return dissolved == null;
    }

    public boolean isAlliance() {
        return kind == OrganisationKind.ALLIANCE;
    }

    public boolean isCollectiveSecurity() {
        return kind == OrganisationKind.COLLECTIVE_SECURITY;
    }

    @Override
    public LocalDate date() {
        return dissolved != null ? dissolved : founded;
    }

    @Override
    public String summary() {
        String s = name + " (" + kind.json() + ", founded " + founded + ")";
        return dissolved == null ? s : s + ", dissolved " + dissolved;
    }

    Organisation at(String path) {
        return new Organisation(id, name, kind, region, founded, dissolved, adversary, knownFrom, confidence, quote, note, source, path);
    }

    Organisation asKnownOn(LocalDate day) {
        return dissolved != null && dissolved.isAfter(day)
                ? new Organisation(id, name, kind, region, founded, null, adversary, knownFrom, confidence, quote, note, source, path)
                : this;
    }
}
