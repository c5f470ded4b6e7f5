package org.concert.regression;

import org.concert.casefile.Expectation;
import org.concert.evaluation.Evaluation;
import org.concert.evaluation.IssuedWarning;
import org.concert.evaluation.Justification;
import org.concert.evaluation.LevelStep;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Whether a case's state at one date meets an expectation, and, when it does not, what was there instead. */
final class ExpectationCheck {

    private ExpectationCheck() {
    }

    static boolean holds(Expectation x, TimelinePoint p) {
        if (x.conclusion() != null) return p.conclusions().stream().anyMatch(c -> c.kind().equals(x.conclusion()));
        if (x.below() != null) return p.warnings().stream().noneMatch(w -> w.level().atLeast(x.below()));
        boolean citing = p.warnings().stream().anyMatch(w -> w.propositions().contains(x.cites())
                && (x.atLeast() == null || w.level().atLeast(x.atLeast())));
        return x.expectsAbsence() != citing;
    }

    /** A forecast's claim at one state: a warning at the level, about the actor and citing the proposition where given. */
    static boolean holdsForecast(Expectation x, TimelinePoint p) {
        return p.warnings().stream().anyMatch(w -> w.level().atLeast(x.atLeast())
                && (x.about() == null || w.actors().contains(x.about()))
                && (x.cites() == null || w.propositions().contains(x.cites())));
    }

    /** What was expected and what the evaluation found, for a failure message. */
    static String describe(Expectation x, Evaluation e) {
        String found = e.warnings().isEmpty() ? "no warnings" : e.warnings().stream()
                .map(w -> w.level() + " \"" + w.title() + "\" " + w.propositions())
                .collect(Collectors.joining("; ", "warnings: ", ""));
        if (x.conclusion() != null) {
            found = "conclusions: " + e.conclusions().stream().map(c -> c.kind()).distinct().collect(Collectors.joining(", "));
        }
        return "expected " + x.claim() + " (" + x.reason() + "); found " + found;
    }

    /** The rules behind the warnings that bear on the expectation (or all warnings, when it expected one that is missing). */
    static List<String> rulesInvolved(Expectation x, Evaluation e) {
        List<IssuedWarning> relevant = new ArrayList<>();
        for (IssuedWarning w : e.warnings()) {
            boolean bears = x.cites() != null ? w.cites(x.cites()) : x.below() == null || w.level().atLeast(x.below());
            if (bears) relevant.add(w);
        }
        if (relevant.isEmpty()) relevant = e.warnings();
        Set<String> rules = new LinkedHashSet<>();
        for (IssuedWarning w : relevant) {
            collect(w.justification(), rules);
            for (LevelStep s : w.levelSteps()) collect(s.justification(), rules);
        }
        return List.copyOf(rules);
    }

    private static void collect(Justification j, Set<String> into) {
        into.add(j.rule() + (j.proposition() == null ? "" : " (" + j.proposition() + ")"));
        j.because().forEach(b -> collect(b, into));
    }
}
