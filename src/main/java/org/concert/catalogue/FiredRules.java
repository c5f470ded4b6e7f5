package org.concert.catalogue;

import org.concert.evaluation.DerivedConclusion;
import org.concert.evaluation.Evaluation;
import org.concert.evaluation.EvidenceItem;
import org.concert.evaluation.ExplanationAssessment;
import org.concert.evaluation.IssuedWarning;
import org.concert.evaluation.Justification;
import org.concert.evaluation.LevelStep;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules that took part in an evaluation: every rule named anywhere in the justification trees
 * of its warnings, their level steps, its conclusions and its explanation assessments. A rule that
 * fires leaves something derived behind, and everything derived is justified, so this is the set
 * of rules that fired on the facts known that day.
 */
public final class FiredRules {

    private FiredRules() {
    }

    public static Set<String> in(Evaluation evaluation) {
        Set<String> rules = new TreeSet<>();
        for (IssuedWarning w : evaluation.warnings()) {
            collect(w.justification(), rules);
            for (LevelStep s : w.levelSteps()) collect(s.justification(), rules);
        }
        for (DerivedConclusion c : evaluation.conclusions()) collect(c.justification(), rules);
        for (ExplanationAssessment a : evaluation.assessments()) {
            for (EvidenceItem i : a.supporting()) collect(i.justification(), rules);
            for (EvidenceItem i : a.opposing()) collect(i.justification(), rules);
        }
        return rules;
    }

    private static void collect(Justification j, Collection<String> into) {
        if (j.rule() != null && j.proposition() != null) into.add(j.rule());
        for (Justification b : j.because()) collect(b, into);
    }
}
