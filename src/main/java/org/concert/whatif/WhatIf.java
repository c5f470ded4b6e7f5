package org.concert.whatif;

import org.concert.evaluation.Evaluation;
import org.concert.session.Evaluator;
import org.concert.evaluation.FactRef;
import org.concert.evaluation.IssuedWarning;
import org.concert.evaluation.Justification;
import org.concert.evaluation.LevelStep;
import org.concert.rulebase.RuleBase;

import java.time.LocalDate;
import java.util.List;

/** Runs a what-if: the changed case is checked first, then both versions are evaluated with one rule base. */
public final class WhatIf {

    private final Evaluator evaluator;

    public WhatIf(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    /**
     * Fact paths in the result point into the base case as it was evaluated before, or at the change
     * in the request that brought the fact ({@code $.changes.add[0]}), never at the changed case's
     * own indices, which no one can see.
     */
    public WhatIfResult run(BaseCase base, WhatIfRequest.Changes changes, LocalDate asOf, RuleBase rules) {
        CaseEdit.Edited changed = CaseEdit.apply(base, changes);
        Evaluation before = evaluator.evaluate(rules, base.caseFile(), asOf);
        Evaluation after = evaluator.evaluate(rules, changed.caseFile(), asOf);
        List<IssuedWarning> afterWarnings = after.warnings().stream().map(w -> retraced(w, changed)).toList();
        return new WhatIfResult(before.caseId(), before.title(), asOf, before.rules(), before.warnings(), afterWarnings,
                Difference.between(before.warnings(), afterWarnings));
    }

    private static IssuedWarning retraced(IssuedWarning w, CaseEdit.Edited changed) {
        return new IssuedWarning(w.kind(), w.title(), w.level(), w.baseLevel(), w.propositions(), w.actors(), w.since(),
                retraced(w.justification(), changed),
                w.levelSteps().stream().map(s -> new LevelStep(s.steps(), s.reason(), retraced(s.justification(), changed))).toList());
    }

    private static Justification retraced(Justification j, CaseEdit.Edited changed) {
        return new Justification(j.conclusion(), j.rule(), j.proposition(), j.section(),
                j.facts().stream().map(f -> new FactRef(changed.factPath(f.path()), f.date(), f.summary(), f.source())).toList(),
                j.because().stream().map(b -> retraced(b, changed)).toList());
    }
}
