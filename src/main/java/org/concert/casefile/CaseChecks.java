package org.concert.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a schema cannot say: ids are unique and resolve, periods run forwards, enlargements match memberships. */
final class CaseChecks {

    private final CaseFile c;
    private final List<CaseError> errors = new ArrayList<>();
    private final Set<String> actors = new HashSet<>();
    private final Set<String> organisations = new HashSet<>();
    private final Set<String> actorsOrOrganisations = new HashSet<>();

    private CaseChecks(CaseFile c) {
        this.c = c;
    }

    static List<CaseError> check(CaseFile c) {
        CaseChecks checks = new CaseChecks(c);
        checks.run();
        return checks.errors;
    }

    private void run() {
        uniqueIds();
        c.actors().forEach(a -> actors.add(a.id()));
        c.organisations().forEach(o -> organisations.add(o.id()));
        actorsOrOrganisations.addAll(actors);
        actorsOrOrganisations.addAll(organisations);

        forwards("$.period", c.period().from(), c.period().to(), "period ends before it starts");
        for (Actor a : c.actors()) {
            refs(a.path() + ".borders", a.borders(), actors, "actor");
            spans(a.path() + ".greatPower", a.greatPower());
            spans(a.path() + ".nuclear", a.nuclear());
        }
        for (Organisation o : c.organisations()) {
            forwards(o.path() + ".dissolved", o.founded(), o.dissolved(), "dissolved before it was founded");
            known(o.path(), o.founded(), o.knownFrom());
            if (o.adversary() != null) ref(o.path() + ".adversary", o.adversary(), actorsOrOrganisations, "actor or organisation");
        }
        for (Membership m : c.memberships()) {
            ref(m.path() + ".actor", m.actor(), actors, "actor");
            ref(m.path() + ".organisation", m.organisation(), organisations, "organisation");
            forwards(m.path() + ".to", m.from(), m.to(), "membership ends before it starts");
            known(m.path(), m.from(), m.knownFrom());
            c.organisations().stream().filter(o -> o.id().equals(m.organisation())).findFirst()
                    .filter(o -> m.from().isBefore(o.founded()))
                    .ifPresent(o -> error(m.path() + ".from", "membership starts " + m.from() + ", before "
                            + o.id() + " was founded (" + o.founded() + ")"));
        }
        Set<String> spending = new HashSet<>();
        for (Event e : c.events()) {
            if (e.actor() != null) ref(e.path() + ".actor", e.actor(), actorsOrOrganisations, "actor or organisation");
            if (e.target() != null) ref(e.path() + ".target", e.target(), actorsOrOrganisations, "actor or organisation");
            if (e.organisation() != null) ref(e.path() + ".organisation", e.organisation(), organisations, "organisation");
            refs(e.path() + ".parties", e.parties(), actorsOrOrganisations, "actor or organisation");
            refs(e.path() + ".losers", e.losers(), actorsOrOrganisations, "actor or organisation");
            refs(e.path() + ".acceptedBy", e.acceptedBy(), actorsOrOrganisations, "actor or organisation");
            known(e.path(), e.date(), e.knownFrom());
            if (e.kind() == EventKind.ENLARGEMENT) enlargementMatchesMemberships(e);
            if (e.kind() == EventKind.DEFENCE_SPENDING && !spending.add(e.actor() + "/" + e.year())) {
                error(e.path() + ".year", "a second defence-spending figure for " + e.actor() + " in " + e.year());
            }
        }
        Set<String> outcomes = new HashSet<>();
        c.outcomes().forEach(o -> outcomes.add(o.id()));
        for (Expectation x : c.expectations()) {
            if (x.isRange()) forwards(x.path() + ".to", x.from(), x.to(), "range ends before it starts");
            if (x.isForecast()) ref(x.path() + ".outcome", x.outcome(), outcomes, "outcome");
            if (x.about() != null) ref(x.path() + ".about", x.about(), actorsOrOrganisations, "actor or organisation");
        }
        if (c.outcomeRule() != null) {
            OutcomeRule r = c.outcomeRule();
            refs("$.outcomeRule.sideA", r.sideA(), actors, "actor");
            refs("$.outcomeRule.sideB", r.sideB(), actors, "actor");
            forwards("$.outcomeRule.to", r.from(), r.to(), "window ends before it starts");
            if (r.isCounterfactual() && !c.outcomes().isEmpty()) {
                error("$.outcomes", "a counterfactual case has no outcomes: history went another way");
            }
        }
        for (Outcome o : c.outcomes()) {
            if (o.selectedBy() != null) refs(o.path() + ".selectedBy.parties", o.selectedBy().parties(), actors, "actor");
        }
    }

    private void uniqueIds() {
        Map<String, String> seen = new HashMap<>();
        List<String[]> all = new ArrayList<>();
        c.actors().forEach(a -> all.add(new String[]{a.id(), a.path()}));
        c.organisations().forEach(o -> all.add(new String[]{o.id(), o.path()}));
        c.memberships().forEach(m -> all.add(new String[]{m.id(), m.path()}));
        c.events().forEach(e -> all.add(new String[]{e.id(), e.path()}));
        c.outcomes().forEach(o -> all.add(new String[]{o.id(), o.path()}));
        for (String[] idAndPath : all) {
            String first = seen.putIfAbsent(idAndPath[0], idAndPath[1]);
            if (first != null) error(idAndPath[1] + ".id", "duplicate id \"" + idAndPath[0] + "\" (first used at " + first + ")");
        }
    }

    private void enlargementMatchesMemberships(Event e) {
        for (int i = 0; i < e.parties().size(); i++) {
            String party = e.parties().get(i);
            boolean joined = c.memberships().stream().anyMatch(m -> m.actor().equals(party)
                    && m.organisation().equals(e.organisation()) && m.isFull() && m.from().equals(e.date()));
            if (!joined) {
                error(e.path() + ".parties[" + i + "]", "enlargement admits \"" + party + "\" but no full membership of "
                        + e.organisation() + " starts on " + e.date());
            }
        }
    }

    private void spans(String base, List<Span> spans) {
        for (int i = 0; i < spans.size(); i++) {
            forwards(base + "[" + i + "].to", spans.get(i).from(), spans.get(i).to(), "status ends before it starts");
        }
    }

    private void refs(String base, List<String> ids, Set<String> known, String what) {
        for (int i = 0; i < ids.size(); i++) ref(base + "[" + i + "]", ids.get(i), known, what);
    }

    private void ref(String path, String id, Set<String> known, String what) {
        if (!known.contains(id)) error(path, "unknown " + what + " id \"" + id + "\"");
    }

    /** A fact cannot be known before it happened. */
    private void known(String path, LocalDate happened, LocalDate knownFrom) {
        if (knownFrom != null && knownFrom.isBefore(happened)) {
            error(path + ".knownFrom", "known from " + knownFrom + ", before it happened (" + happened + ")");
        }
    }

    private void forwards(String path, LocalDate from, LocalDate to, String message) {
        if (from != null && to != null && to.isBefore(from)) error(path, message + " (" + from + " → " + to + ")");
    }

    private void error(String path, String message) {
        errors.add(new CaseError(c.file(), path, message));
    }
}
