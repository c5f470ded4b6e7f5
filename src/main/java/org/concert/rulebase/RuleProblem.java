package org.concert.rulebase;

/** One problem in a rule file, located for the analyst: {@code rules/buffer-states.drl:12:5: message}. */
public record RuleProblem(String file, int line, int column, String message) {

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) s.append(':').append(line);
        if (line > 0 && column > 0) s.append(':').append(column);
        return s.append(": ").append(message).toString();
    }
}
