package org.concert.casefile;

import java.time.LocalDate;

/**
 * An actor's membership of an organisation. Rules see it only while it lasts, so a matching
 * {@code Membership} always means "is a member on the as-of date". {@code privileged} marks a
 * special voice such as a permanent Security Council seat with a veto (P11).
 */
public record Membership(String id, String actor, String organisation, LocalDate from, LocalDate to,
                         MembershipStatus status, boolean privileged,
                         LocalDate knownFrom, Confidence confidence, String quote, String note,
                         Source source, String path) implements CaseFact {

    /** A membership known from its start, without confidence, quotation or note, as facts generated from data are made. */
    public Membership(String id, String actor, String organisation, LocalDate from, LocalDate to,
                      MembershipStatus status, boolean privileged, Source source, String path) {
        this(id, actor, organisation, from, to, status, privileged, null, null, null, null, source, path);
    }

    /** When the membership became known from the case's perspective: the day it enters an evaluation. */
    @Override
    public LocalDate known() {
        return knownFrom != null ? knownFrom : from;
    }

    public boolean isFull() {
        return status == MembershipStatus.FULL;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && (to == null || day.isBefore(to));
    }

    @Override
    public LocalDate date() {
        return from;
    }

    @Override
    public String summary() {
        return actor + " " + status.json() + " member of " + organisation + (privileged ? " with a privileged voice" : "")
                + " from " + from + (to == null ? "" : " to " + to);
    }

    Membership at(String path) {
        return new Membership(id, actor, organisation, from, to, status, privileged, knownFrom, confidence, quote, note, source, path);
    }

    /** The membership as known while it lasts: without its end, which must not reveal the future. */
    Membership open() {
        return new Membership(id, actor, organisation, from, null, status, privileged, knownFrom, confidence, quote, note, source, path);
    }
}
