package org.concert.session;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.rule.Match;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Listens to a session and remembers, for every object a rule inserts, which rule inserted it and
 * which objects that rule matched. This is all a justification tree needs: rules themselves never
 * have to record why they fired.
 */
final class Derivations extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

    /** One rule firing that produced a fact. */
    record Derivation(String rule, List<Object> matched) {
    }

    private final Map<Object, Derivation> byObject = new IdentityHashMap<>();
    private final Map<String, Integer> firings = new TreeMap<>();
    private Match current;

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        current = event.getMatch();
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        firings.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
        current = null;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (event.getRule() != null && current != null) {
            byObject.put(event.getObject(), new Derivation(event.getRule().getName(), flatten(current.getObjects())));
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        byObject.remove(event.getOldObject());
    }

    Derivation of(Object derived) {
        return byObject.get(derived);
    }

    /** Every rule that fired in the session, as the engine recorded its firings. */
    java.util.SortedSet<String> fired() {
        return new java.util.TreeSet<>(firings.keySet());
    }

    /** The rules that fired most, for a runaway report. */
    String busiestRules() {
        return firings.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(3)
                .map(e -> "\"" + e.getKey() + "\" (" + e.getValue() + "×)")
                .reduce((a, b) -> a + ", " + b).orElse("none");
    }

    /**
     * Accumulate and collect results arrive as collections, or as an array of results when an
     * accumulate computes several (a sum and a list); the facts inside are what was matched.
     */
    static List<Object> flatten(List<?> objects) {
        List<Object> flat = new ArrayList<>();
        for (Object o : objects) flatten(o, flat);
        return flat;
    }

    private static void flatten(Object o, List<Object> into) {
        if (o instanceof Collection<?> c) c.forEach(x -> flatten(x, into));
        else if (o instanceof Object[] a) for (Object x : a) flatten(x, into);
        else if (o != null) into.add(o);
    }
}
