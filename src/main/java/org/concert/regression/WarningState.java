package org.concert.regression;

import org.concert.casefile.Level;
import org.concert.evaluation.IssuedWarning;

import java.util.List;

/** A warning at one date of a timeline, without its justification: enough to chart and compare. */
public record WarningState(String key, String kind, String title, Level level, List<String> propositions, List<String> actors) {

    static WarningState of(IssuedWarning w) {
        return new WarningState(key(w), w.kind(), w.title(), w.level(), w.propositions(), w.actors());
    }

    /** A warning keeps its identity over time by kind and actors, whatever its level or wording. */
    static String key(IssuedWarning w) {
        return w.kind() + "[" + String.join(",", w.actors()) + "]";
    }
}
