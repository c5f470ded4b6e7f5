package org.concert.whatif;

import org.concert.casefile.CaseFile;
import org.concert.engine.Evaluation;
import org.concert.engine.Evaluator;
import org.concert.engine.RuleBase;

import java.time.LocalDate;

/** Runs a what-if: the changed case is checked first, then both versions are evaluated with one rule base. */
public final class WhatIf {

    private final Evaluator evaluator;

    public WhatIf(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    public WhatIfResult run(BaseCase base, WhatIfRequest.Changes changes, LocalDate asOf, RuleBase rules) {
        CaseFile changed = CaseEdit.apply(base, changes);
        Evaluation before = evaluator.evaluate(rules, base.caseFile(), asOf);
        Evaluation after = evaluator.evaluate(rules, changed, asOf);
        return new WhatIfResult(before.caseId(), before.title(), asOf, before.rules(), before.warnings(), after.warnings(),
                Difference.between(before.warnings(), after.warnings()));
    }
}
