package org.concert.validation.baselines;

import org.concert.casefile.CaseFile;
import org.concert.casefile.Event;
import org.concert.casefile.EventKind;
import org.concert.casefile.Membership;
import org.concert.casefile.Organisation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The plain rule the issue holds against Concert: warn from the first of three triggers, read from the same case
 * facts the rules see. (1) An alliance the great power is not a full member of enlarges to, or promises membership
 * to, its neighbour; it holds while the power stays outside and the alliance lasts. (2) A settlement imposed on one
 * of the two that the loser does not accept (or later denounces). (3) An organisation authorises force against one
 * of the two. Each holds from its date on, as the rules' events do.
 */
public final class ThreeTriggers {

    private final CaseFile facts;
    private final String power;
    private final String neighbour;
    private final Map<String, Organisation> organisations = new HashMap<>();

    public ThreeTriggers(CaseFile facts, String power, String neighbour) {
        this.facts = facts;
        this.power = power;
        this.neighbour = neighbour;
        facts.organisations().forEach(o -> organisations.put(o.id(), o));
    }

    public boolean on(LocalDate day) {
        for (Event e : facts.events()) {
            if (e.date().isAfter(day)) continue;
            if (enlargesTowards(e, day) || unacceptedSettlement(e, day) || authorisedForce(e)) return true;
        }
        return false;
    }

    private boolean enlargesTowards(Event e, LocalDate day) {
        if (e.kind() != EventKind.ENLARGEMENT && e.kind() != EventKind.MEMBERSHIP_PROMISED) return false;
        if (!e.parties().contains(neighbour)) return false;
        Organisation o = organisations.get(e.organisation());
        if (o == null || !o.isAlliance() || o.founded().isAfter(day) || (o.dissolved() != null && !o.dissolved().isAfter(day))) return false;
        for (Membership m : facts.memberships()) {
            if (m.actor().equals(power) && m.organisation().equals(o.id()) && m.isFull() && m.covers(day)) return false;
        }
        return true;
    }

    private boolean unacceptedSettlement(Event e, LocalDate day) {
        if (e.kind() == EventKind.SETTLEMENT) {
            return e.isImposed() && isDyad(e.target()) && !e.acceptedBy().contains(e.target());
        }
        if (e.kind() == EventKind.SETTLEMENT_DENOUNCED && isDyad(e.actor())) {
            for (Event s : facts.events()) {
                if (s.kind() == EventKind.SETTLEMENT && s.isImposed() && e.actor().equals(s.target()) && !s.date().isAfter(e.date())) return true;
            }
        }
        return false;
    }

    private boolean authorisedForce(Event e) {
        return e.kind() == EventKind.COLLECTIVE_RESPONSE_AUTHORISED && isDyad(e.target());
    }

    private boolean isDyad(String id) {
        return power.equals(id) || neighbour.equals(id);
    }
}
