package org.concert.regression;

import org.concert.casefile.CaseFile;
import org.concert.evaluation.DerivedConclusion;
import org.concert.evaluation.Evaluation;
import org.concert.session.EvaluationLimits;
import org.concert.session.Evaluator;
import org.concert.evaluation.IssuedWarning;
import org.concert.rulebase.RuleBase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * CASCON's core idea: a situation is understood by the historical cases it resembles. Here two cases
 * are alike when the same propositions fire: the case at a date against each library case over its
 * whole history, ranked by the Jaccard similarity of their proposition sets.
 */
public final class SimilarCases {

    public record Similarity(String caseId, String title, double score, List<String> shared,
                             List<String> onlyHere, List<String> onlyThere) {
    }

    private final RuleBase rules;
    private final EvaluationLimits limits;

    public SimilarCases(RuleBase rules, EvaluationLimits limits) {
        this.rules = rules;
        this.limits = limits;
    }

    public List<Similarity> rank(CaseFile target, LocalDate asOf, List<CaseFile> library) {
        SortedSet<String> here = fired(new Evaluator(limits).evaluate(rules, target, asOf));
        List<Similarity> ranked = new ArrayList<>();
        for (CaseFile other : library) {
            if (other.id().equals(target.id())) continue;
            SortedSet<String> there = history(other);
            SortedSet<String> shared = new TreeSet<>(here);
            shared.retainAll(there);
            SortedSet<String> union = new TreeSet<>(here);
            union.addAll(there);
            double score = union.isEmpty() ? 0 : Math.round(1000.0 * shared.size() / union.size()) / 1000.0;
            SortedSet<String> onlyHere = new TreeSet<>(here);
            onlyHere.removeAll(there);
            SortedSet<String> onlyThere = new TreeSet<>(there);
            onlyThere.removeAll(here);
            ranked.add(new Similarity(other.id(), other.title(), score, sorted(shared), sorted(onlyHere), sorted(onlyThere)));
        }
        ranked.sort(Comparator.comparingDouble(Similarity::score).reversed().thenComparing(Similarity::caseId));
        return ranked;
    }

    /** Every proposition fired at any date of the case's history. */
    SortedSet<String> history(CaseFile c) {
        Timeline t = Timeline.replay(rules, c, c.period().from(), c.period().to(), Step.FACTS, limits);
        SortedSet<String> all = new TreeSet<>();
        t.points().forEach(p -> all.addAll(p.propositions()));
        return all;
    }

    static SortedSet<String> fired(Evaluation e) {
        SortedSet<String> all = new TreeSet<>();
        for (IssuedWarning w : e.warnings()) all.addAll(w.propositions());
        for (DerivedConclusion c : e.conclusions()) if (c.justification().proposition() != null) all.add(c.justification().proposition());
        return all;
    }

    private static List<String> sorted(SortedSet<String> propositions) {
        return propositions.stream().sorted(Comparator.comparingInt((String p) -> Integer.parseInt(p.substring(1)))).toList();
    }
}
