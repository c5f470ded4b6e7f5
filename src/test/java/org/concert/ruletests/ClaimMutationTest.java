package org.concert.ruletests;

import org.concert.Fixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A misspelled claim fails instead of passing vacuously: every value of every claim in rules/tests (the
 * kind, proposition, level, actor, subject and object of each warning and conclusion, the explanation,
 * stance, actor and weight of each piece of evidence, each ranked explanation, and the rule an entry
 * names) is misspelled, one at a time, and the entry must then fail. The claims are read from the files.
 */
class ClaimMutationTest {

    @Test
    void everyMisspelledClaimMakesItsEntryFail() {
        RuleTestRunner runner = new RuleTestRunner(Fixtures.rules());
        List<RuleTest> tests = RuleTests.load(Fixtures.RULES.resolve("tests"));
        List<RuleTestResult> suite = runner.runSuite(tests);
        assertThat(suite.stream().filter(r -> !r.passed()).map(RuleTestResult::report).toList()).isEmpty();
        Map<String, Integer> counts = new TreeMap<>();
        List<String> passed = new ArrayList<>();
        int total = 0;
        for (RuleTest test : tests) {
            for (Mutant m : mutants(test)) {
                total++;
                counts.merge(m.what(), 1, Integer::sum);
                // Run as in the suite: the mutant in its entry's place among the others' results.
                RuleTestResult r = runner.run(m.test());
                if (r.passed() && RuleTestRunner.vacuousClaims(r, suite).isEmpty()) passed.add(test.location() + " " + m);
            }
        }
        System.out.println("claim mutations by field: " + counts + ", " + total + " in all, " + passed.size() + " passed");
        assertThat(counts).containsKeys("expect.warnings.cites", "absent.warnings.cites", "expect.conclusions.kind", "absent.conclusions.kind",
                "expect.evidence.explanation", "rule");
        assertThat(passed).as("entries that still passed with a misspelled claim").isEmpty();
    }

    record Mutant(String what, String original, String typo, RuleTest test) {
        @Override
        public String toString() {
            return what + ": " + original + " → " + typo;
        }
    }

    /** The entry once for each value of its claims, that value misspelled. */
    static List<Mutant> mutants(RuleTest t) {
        List<Mutant> out = new ArrayList<>();
        if (t.rule() != null) {
            out.add(new Mutant("rule", t.rule(), typo(t.rule()), new RuleTest(t.file(), t.index(), t.name(), typo(t.rule()), t.nearMiss(),
                    t.asOf(), t.caseTree(), t.expect(), t.absent())));
        }
        claims("expect", t.expect(), c -> new RuleTest(t.file(), t.index(), t.name(), t.rule(), t.nearMiss(), t.asOf(), t.caseTree(), c, t.absent()), out);
        claims("absent", t.absent(), c -> new RuleTest(t.file(), t.index(), t.name(), t.rule(), t.nearMiss(), t.asOf(), t.caseTree(), t.expect(), c), out);
        return out;
    }

    private static void claims(String where, RuleTest.Claims claims, Function<RuleTest.Claims, RuleTest> into, List<Mutant> out) {
        for (int i = 0; i < claims.warnings().size(); i++) {
            for (Map.Entry<String, JsonNode> f : claims.warnings().get(i).properties()) {
                List<JsonNode> changed = replaced(claims.warnings(), i, f.getKey());
                out.add(new Mutant(where + ".warnings." + f.getKey(), f.getValue().asString(), typo(f.getValue().asString()),
                        into.apply(new RuleTest.Claims(changed, claims.conclusions(), claims.evidence(), claims.ranking()))));
            }
        }
        for (int i = 0; i < claims.conclusions().size(); i++) {
            for (Map.Entry<String, JsonNode> f : claims.conclusions().get(i).properties()) {
                List<JsonNode> changed = replaced(claims.conclusions(), i, f.getKey());
                out.add(new Mutant(where + ".conclusions." + f.getKey(), f.getValue().asString(), typo(f.getValue().asString()),
                        into.apply(new RuleTest.Claims(claims.warnings(), changed, claims.evidence(), claims.ranking()))));
            }
        }
        for (int i = 0; i < claims.evidence().size(); i++) {
            for (Map.Entry<String, JsonNode> f : claims.evidence().get(i).properties()) {
                List<JsonNode> changed = replaced(claims.evidence(), i, f.getKey());
                out.add(new Mutant(where + ".evidence." + f.getKey(), f.getValue().asString(), typo(f.getValue().asString()),
                        into.apply(new RuleTest.Claims(claims.warnings(), claims.conclusions(), changed, claims.ranking()))));
            }
        }
        for (int i = 0; i < claims.ranking().size(); i++) {
            List<String> changed = new ArrayList<>(claims.ranking());
            changed.set(i, typo(changed.get(i)));
            out.add(new Mutant(where + ".ranking", claims.ranking().get(i), changed.get(i),
                    into.apply(new RuleTest.Claims(claims.warnings(), claims.conclusions(), claims.evidence(), changed))));
        }
    }

    private static List<JsonNode> replaced(List<JsonNode> items, int index, String field) {
        List<JsonNode> copy = new ArrayList<>(items);
        ObjectNode changed = (ObjectNode) items.get(index).deepCopy();
        changed.put(field, typo(items.get(index).get(field).asString()));
        copy.set(index, changed);
        return copy;
    }

    /** A misspelling: the next-to-last character dropped ({@code HIGH} → {@code HIH}), or for one character, an x added. */
    static String typo(String value) {
        return value.length() < 2 ? value + "x" : value.substring(0, value.length() - 2) + value.charAt(value.length() - 1);
    }
}
