package org.concert.authoring;

import org.concert.rulebase.RuleAdmission;
import org.concert.rulebase.RuleFiles;
import org.concert.rulebase.RuleProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What rule files must pass before any of their code is compiled or run anywhere: the validator of what a rule may
 * say ({@link RuleAdmission}, default deny) and the static bounds on what it may cost ({@link RuleBounds}). Both read the parsed
 * text only; nothing the files contain runs here.
 */
@FunctionalInterface
public interface Screening {

    /**
     * The problems of {@code proposed}, changed from {@code serving}: every file is validated (the validator remembers
     * its recent answers); with no serving files (start-up) no rule is held to the bounds: they bind rules as they are
     * written or edited.
     */
    List<RuleProblem> screen(RuleFiles proposed, RuleFiles serving);

    /** The validator, then the bounds. */
    static Screening standard() {
        return (proposed, serving) -> {
            List<RuleProblem> problems = new ArrayList<>(RuleAdmission.validate(proposed));
            if (problems.isEmpty() && serving != null) problems.addAll(RuleBounds.check(proposed, serving));
            return problems;
        };
    }

    /** The files of {@code after} that are new or differ from {@code before} (all of them when it is null). */
    static Set<String> changed(RuleFiles after, RuleFiles before) {
        Set<String> changed = new java.util.TreeSet<>();
        after.texts().forEach((name, text) -> {
            if (before == null || !text.equals(before.texts().get(name))) changed.add(name);
        });
        return changed;
    }
}
