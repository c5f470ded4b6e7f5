package org.concert.ruletests;

import org.concert.casefile.CaseFile;
import org.concert.casefile.CaseLoader;
import org.concert.casefile.InvalidCaseException;
import org.concert.casefile.Level;
import org.concert.evaluation.DerivedConclusion;
import org.concert.evaluation.Evaluation;
import org.concert.session.Evaluator;
import org.concert.evaluation.EvidenceItem;
import org.concert.evaluation.ExplanationAssessment;
import org.concert.evaluation.IssuedWarning;
import org.concert.rulebase.RuleBase;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Runs rule-test entries against a rule base: builds each into a case, evaluates it, compares. */
public final class RuleTestRunner {

    private final RuleBase rules;
    private final Evaluator evaluator;

    public RuleTestRunner(RuleBase rules, Evaluator evaluator) {
        this.rules = rules;
        this.evaluator = evaluator;
    }

    public RuleTestRunner(RuleBase rules) {
        this(rules, new Evaluator());
    }

    /**
     * Runs every entry, then fails each entry with an {@code absent} claim that could not fail: one whose kind
     * no other entry's evaluation ever shows (for a near miss, among the entries where its rule fires: a near
     * miss proves something only about what its firing twin shows; otherwise among all entries). The ids a
     * claim names (subject, object, actor) are left out of that comparison: they are the entry's own facts.
     */
    public List<RuleTestResult> runSuite(List<RuleTest> tests) {
        List<RuleTestResult> results = tests.stream().map(this::run).toList();
        List<RuleTestResult> out = new ArrayList<>();
        for (RuleTestResult r : results) {
            List<String> vacuous = vacuousClaims(r, results);
            if (vacuous.isEmpty()) {
                out.add(r);
            } else {
                List<String> failures = new ArrayList<>(r.failures());
                failures.addAll(vacuous);
                out.add(new RuleTestResult(r.test(), List.copyOf(failures), r.firedRules(), r.evaluation()));
            }
        }
        return out;
    }

    /** The {@code absent} claims of {@code result} that none of its witnesses among {@code others} shows, each as a failure. */
    public static List<String> vacuousClaims(RuleTestResult result, List<RuleTestResult> others) {
        RuleTest t = result.test();
        if (result.evaluation() == null) return List.of();
        boolean twins = t.nearMiss() && t.rule() != null;
        List<Evaluation> witnesses = new ArrayList<>();
        for (RuleTestResult o : others) {
            if (o.test().location().equals(t.location()) || o.evaluation() == null) continue;
            if (!twins || t.rule().equals(o.test().rule()) && !o.test().nearMiss()) witnesses.add(o.evaluation());
        }
        List<String> vacuous = new ArrayList<>();
        String among = twins ? "the entries where \"" + t.rule() + "\" fires" : "the rule tests";
        for (JsonNode claim : t.absent().warnings()) {
            JsonNode m = withoutIds(claim);
            if (witnesses.stream().noneMatch(e -> e.warnings().stream().anyMatch(w -> matches(w, m)))) {
                vacuous.add("no warning like the absent " + claim + " is raised in any of " + among + ": the claim could not fail");
            }
        }
        for (JsonNode claim : t.absent().conclusions()) {
            JsonNode m = withoutIds(claim);
            if (witnesses.stream().noneMatch(e -> e.conclusions().stream().anyMatch(c -> matches(c, m)))) {
                vacuous.add("no conclusion like the absent " + claim + " is drawn in any of " + among + ": the claim could not fail");
            }
        }
        for (JsonNode claim : t.absent().evidence()) {
            JsonNode m = withoutIds(claim);
            if (witnesses.stream().noneMatch(e -> evidence(e).stream().anyMatch(x -> matches(x, m)))) {
                vacuous.add("no evidence like the absent " + claim + " is weighed in any of " + among + ": the claim could not fail");
            }
        }
        return vacuous;
    }

    private static JsonNode withoutIds(JsonNode claim) {
        tools.jackson.databind.node.ObjectNode copy = (tools.jackson.databind.node.ObjectNode) claim.deepCopy();
        copy.remove(List.of("subject", "object", "actor"));
        return copy;
    }

    public RuleTestResult run(RuleTest test) {
        List<String> failures = new ArrayList<>();
        CaseFile c;
        try {
            c = CaseLoader.fromTree(test.caseTree(), test.location());
        } catch (InvalidCaseException e) {
            e.errors().forEach(err -> failures.add("the facts are not a valid case: " + err.path() + ": " + err.message()));
            return new RuleTestResult(test, failures, Set.of(), null);
        }
        List<String> misspelled = ClaimCheck.problems(test, rules.propositions());
        if (!misspelled.isEmpty()) {
            misspelled.forEach(p -> failures.add("a claim that cannot be checked: " + p));
            return new RuleTestResult(test, failures, Set.of(), null);
        }
        Evaluator.Recorded recorded = evaluator.evaluateRecording(rules, c, test.asOf());
        Evaluation e = recorded.evaluation();
        // Whether a rule fired is the engine's record, not whether it shows in the chosen justifications.
        Set<String> fired = recorded.firedRules();
        if (test.rule() != null) {
            if (rules.rule(test.rule()).isEmpty()) {
                failures.add("there is no rule named \"" + test.rule() + "\"");
            } else if (test.nearMiss() && fired.contains(test.rule())) {
                failures.add("a near miss, yet the rule \"" + test.rule() + "\" fired");
            } else if (!test.nearMiss() && !fired.contains(test.rule())) {
                failures.add("the rule \"" + test.rule() + "\" did not fire; rules that fired: " + fired);
            }
        }
        check(failures, "warning", test.expect().warnings(), test.absent().warnings(), e.warnings(), RuleTestRunner::matches, RuleTestRunner::describe);
        check(failures, "conclusion", test.expect().conclusions(), test.absent().conclusions(), e.conclusions(), RuleTestRunner::matches, RuleTestRunner::describe);
        List<Found> evidence = evidence(e);
        check(failures, "evidence", test.expect().evidence(), test.absent().evidence(), evidence, RuleTestRunner::matches, Found::toString);
        if (!test.expect().ranking().isEmpty() && !ranked(e, test.expect().ranking())) {
            failures.add("expected the explanations ranked " + String.join(" > ", test.expect().ranking()) + "; assessments were "
                    + e.assessments().stream().map(a -> a.explanation() + " " + a.actor() + " " + a.strength()).toList());
        }
        return new RuleTestResult(test, List.copyOf(failures), fired, e);
    }

    private static <T> void check(List<String> failures, String what, List<JsonNode> expected, List<JsonNode> absent, List<T> actual,
                                  Matcher<T> matcher, java.util.function.Function<T, String> describe) {
        for (JsonNode m : expected) {
            if (actual.stream().noneMatch(x -> matcher.matches(x, m))) {
                failures.add("expected a " + what + " " + m + "; found " + (actual.isEmpty() ? "none" : actual.stream().map(describe).toList()));
            }
        }
        for (JsonNode m : absent) {
            List<String> found = actual.stream().filter(x -> matcher.matches(x, m)).map(describe).toList();
            if (!found.isEmpty()) failures.add("expected no " + what + " " + m + "; found " + found);
        }
    }

    @FunctionalInterface
    private interface Matcher<T> {
        boolean matches(T actual, JsonNode m);
    }

    private static boolean matches(IssuedWarning w, JsonNode m) {
        return field(m, "cites", w::cites) && field(m, "kind", w.kind()::equals) && field(m, "level", v -> w.level().name().equals(v))
                && field(m, "atLeast", v -> w.level().atLeast(Level.valueOf(v))) && field(m, "actor", w.actors()::contains);
    }

    private static boolean matches(DerivedConclusion c, JsonNode m) {
        return field(m, "kind", c.kind()::equals) && field(m, "subject", v -> v.equals(c.subject())) && field(m, "object", v -> v.equals(c.object()));
    }

    private static boolean matches(Found x, JsonNode m) {
        return field(m, "explanation", x.explanation()::equals) && field(m, "actor", x.actor()::equals)
                && field(m, "supports", v -> Boolean.parseBoolean(v) == x.supports()) && field(m, "weight", v -> Integer.parseInt(v) == x.weight());
    }

    private static boolean field(JsonNode m, String name, Predicate<String> test) {
        return !m.has(name) || test.test(m.get(name).asString());
    }

    private static String describe(IssuedWarning w) {
        return w.level() + " " + w.kind() + " \"" + w.title() + "\" citing " + w.propositions();
    }

    private static String describe(DerivedConclusion c) {
        return c.kind() + " " + c.subject() + " " + c.object();
    }

    /** One piece of evidence with the explanation and actor it bears on, for matching. */
    record Found(String explanation, String actor, boolean supports, int weight, String statement) {
        @Override
        public String toString() {
            return (supports ? "for " : "against ") + explanation + " (" + actor + ", " + weight + "): " + statement;
        }
    }

    private static List<Found> evidence(Evaluation e) {
        List<Found> all = new ArrayList<>();
        for (ExplanationAssessment a : e.assessments()) {
            for (EvidenceItem i : a.supporting()) all.add(new Found(a.explanation(), a.actor(), true, i.weight(), i.statement()));
            for (EvidenceItem i : a.opposing()) all.add(new Found(a.explanation(), a.actor(), false, i.weight(), i.statement()));
        }
        return all;
    }

    /** True when, for some actor, the named explanations are all assessed and strictly weaker in the order given. */
    static boolean ranked(Evaluation e, List<String> order) {
        Map<String, List<ExplanationAssessment>> byActor = e.assessments().stream()
                .collect(Collectors.groupingBy(ExplanationAssessment::actor));
        for (List<ExplanationAssessment> assessments : byActor.values()) {
            List<Integer> strengths = new ArrayList<>();
            for (String explanation : order) {
                Optional<ExplanationAssessment> a = assessments.stream().filter(x -> x.explanation().equals(explanation)).findFirst();
                if (a.isEmpty()) break;
                strengths.add(a.get().strength());
            }
            if (strengths.size() < order.size()) continue;
            boolean descending = true;
            for (int i = 1; i < strengths.size(); i++) descending &= strengths.get(i - 1) > strengths.get(i);
            if (descending) return true;
        }
        return false;
    }
}
