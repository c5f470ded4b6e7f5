package org.concert.ruletests;

import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.List;

/**
 * One entry of a rule-test file: {@code name} is a sentence saying what should happen; {@code rule},
 * when given, is the rule the entry exercises, which must fire, or must not when {@code nearMiss};
 * {@code caseTree} is the entry's facts completed into a case file (JSON) as of {@code asOf}.
 */
public record RuleTest(String file, int index, String name, String rule, boolean nearMiss, LocalDate asOf,
                       JsonNode caseTree, Claims expect, Claims absent) {

    /** What an entry expects present (or absent): each item a map of the fields that must match. */
    public record Claims(List<JsonNode> warnings, List<JsonNode> conclusions, List<JsonNode> evidence, List<String> ranking) {

        static final Claims NONE = new Claims(List.of(), List.of(), List.of(), List.of());

        public boolean isEmpty() {
            return warnings.isEmpty() && conclusions.isEmpty() && evidence.isEmpty() && ranking.isEmpty();
        }
    }

    /** Where the entry is written, e.g. {@code rules/tests/buffer-states.yaml: tests[3]}. */
    public String location() {
        return file + ": tests[" + index + "]";
    }
}
