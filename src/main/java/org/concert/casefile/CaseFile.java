package org.concert.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A whole case as written by an analyst. The facts ({@link #changes()}) are what rules may see;
 * {@link #outcomes()} and {@link #expectations()} never reach them.
 */
public record CaseFile(String id, String title, Period period, String summary, String perspective,
                       List<Actor> actors, List<Organisation> organisations, List<Membership> memberships,
                       List<Event> events, OutcomeRule outcomeRule, List<Outcome> outcomes, List<Expectation> expectations,
                       String file) {

    /** A case without a stated perspective or outcome rule, as tools that build cases in code make them. */
    public CaseFile(String id, String title, Period period, String summary,
                    List<Actor> actors, List<Organisation> organisations, List<Membership> memberships,
                    List<Event> events, List<Outcome> outcomes, List<Expectation> expectations, String file) {
        this(id, title, period, summary, null, actors, organisations, memberships, events, null, outcomes, expectations, file);
    }

    public CaseFile {
        actors = actors == null ? List.of() : List.copyOf(actors);
        organisations = organisations == null ? List.of() : List.copyOf(organisations);
        memberships = memberships == null ? List.of() : List.copyOf(memberships);
        events = events == null ? List.of() : List.copyOf(events);
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
        expectations = expectations == null ? List.of() : List.copyOf(expectations);
    }

    /**
     * Every fact as it starts, changes or ends, in date order (file order within a day), dated by when it
     * became known from the case's perspective ({@link CaseFact#known()}): a fact happened on its date but
     * enters an evaluation only once known. Actors are timeless; statuses and memberships are seen only
     * while they last, and an organisation's dissolution only once it has happened, so no change reveals
     * the future. A membership or organisation that became known after it had already ended is never seen.
     */
    public List<FactChange> changes() {
        List<FactChange> changes = new ArrayList<>();
        for (Actor a : actors) {
            changes.add(new FactChange(LocalDate.MIN, a.path(), a.timeless()));
            addSpans(changes, a, a.greatPower(), "greatPower");
            addSpans(changes, a, a.nuclear(), "nuclear");
        }
        for (Organisation o : organisations) {
            LocalDate known = o.known();
            if (o.dissolved() != null && !known.isBefore(o.dissolved())) continue;
            changes.add(new FactChange(known, o.path(), o.asKnownOn(known)));
            if (o.dissolved() != null) changes.add(new FactChange(o.dissolved(), o.path(), o));
        }
        for (Membership m : memberships) {
            LocalDate known = m.known();
            if (m.to() != null && !known.isBefore(m.to())) continue;
            changes.add(new FactChange(known, m.path(), m.open()));
            if (m.to() != null) changes.add(new FactChange(m.to(), m.path(), null));
        }
        for (Event e : events) {
            changes.add(new FactChange(e.known(), e.path(), e));
        }
        changes.sort(Comparator.comparing(FactChange::date)); // stable: file order within a day
        return List.copyOf(changes);
    }

    private static void addSpans(List<FactChange> changes, Actor a, List<Span> spans, String field) {
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            String path = a.path() + "." + field + "[" + i + "]";
            Source source = s.source() != null ? s.source() : a.source();
            CaseFact status = field.equals("greatPower")
                    ? new GreatPower(a.id(), s.from(), source, path)
                    : new NuclearPower(a.id(), s.from(), source, path);
            changes.add(new FactChange(s.from(), path, status));
            if (s.to() != null) {
                changes.add(new FactChange(s.to(), path, null));
                if (field.equals("greatPower")) {
                    changes.add(new FactChange(s.to(), path + "#past", new PastGreatPower(a.id(), s.from(), s.to(), source, path)));
                }
            }
        }
    }

    /** The facts known on {@code day}: every change up to and including that day, replayed. */
    public List<CaseFact> factsAsOf(LocalDate day) {
        Map<String, CaseFact> known = new LinkedHashMap<>();
        for (FactChange c : changes()) {
            if (c.date().isAfter(day)) break;
            if (c.isEnd()) known.remove(c.key());
            else known.put(c.key(), c.fact());
        }
        return List.copyOf(known.values());
    }
}
