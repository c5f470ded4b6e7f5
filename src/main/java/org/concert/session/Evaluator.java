package org.concert.session;

import org.concert.evaluation.Evaluation;
import org.concert.rulebase.RuleBase;

import org.concert.casefile.CaseFile;

import java.time.LocalDate;

/** Evaluates a case as of a date against a rule base: a fresh session, the facts known then, the rules fired, the result. */
public final class Evaluator {

    private final EvaluationLimits limits;

    public Evaluator(EvaluationLimits limits) {
        this.limits = limits;
    }

    public Evaluator() {
        this(EvaluationLimits.DEFAULT);
    }

    public Evaluation evaluate(RuleBase rules, CaseFile caseFile, LocalDate asOf) {
        try (CaseSession session = new CaseSession(rules, caseFile, limits)) {
            return session.startAt(asOf).snapshot();
        }
    }

    /** An evaluation together with the rules the engine fired to reach it. */
    public record Recorded(Evaluation evaluation, java.util.SortedSet<String> firedRules) {
    }

    /** As {@link #evaluate}, recording which rules fired (rule tests ask whether a rule fired, not only what it left). */
    public Recorded evaluateRecording(RuleBase rules, CaseFile caseFile, LocalDate asOf) {
        try (CaseSession session = new CaseSession(rules, caseFile, limits)) {
            Evaluation evaluation = session.startAt(asOf).snapshot();
            return new Recorded(evaluation, session.firedRules());
        }
    }

    public EvaluationLimits limits() {
        return limits;
    }
}
