package org.concert.rulebase;

import java.util.List;
import java.util.stream.Collectors;

/** The rule files did not compile or break a convention; no rule base was built from them. */
public class RuleBaseException extends RuntimeException {

    private final List<RuleProblem> problems;

    public RuleBaseException(List<RuleProblem> problems) {
        super(problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
