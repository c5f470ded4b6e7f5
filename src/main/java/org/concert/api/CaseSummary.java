package org.concert.api;

import org.concert.casefile.CaseFile;
import org.concert.casefile.Period;

/** A stored case in the list: what it is about and how many facts of each kind it has. */
record CaseSummary(String id, String title, Period period, Counts counts) {

    record Counts(int actors, int organisations, int memberships, int events, int outcomes, int expectations) {
    }

    static CaseSummary of(CaseFile c) {
        return new CaseSummary(c.id(), c.title(), c.period(), new Counts(c.actors().size(), c.organisations().size(),
                c.memberships().size(), c.events().size(), c.outcomes().size(), c.expectations().size()));
    }
}
