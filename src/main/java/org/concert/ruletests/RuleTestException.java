package org.concert.ruletests;

import java.util.List;

/** A rule-test file could not be read: every problem, located by file and entry. */
public class RuleTestException extends RuntimeException {

    private final List<String> problems;

    public RuleTestException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
