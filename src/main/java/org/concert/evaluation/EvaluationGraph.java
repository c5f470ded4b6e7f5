package org.concert.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.concert.casefile.Level;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An {@link Evaluation} in which every justification and every fact is written once and referenced by id.
 * In the tree shape a conclusion's justification is repeated under every warning, level step and piece of
 * evidence that rests on it (for Russia–West in 2008, 175 KB); here each conclusion, warning, level step and
 * piece of evidence names its justification ({@code "j4"}), each justification names the facts it matched
 * ({@code "f2"}) and the justifications it rests on, and {@code justifications} and {@code facts} hold each
 * once. Ids are numbered in the order they are first met (conclusions, warnings, assessments, each depth
 * first), so the same evaluation gives the same bytes. {@link #expand()} gives the tree back, exactly.
 */
@JsonPropertyOrder({"shape", "case", "title", "asOf", "rules", "conclusions", "warnings", "assessments", "justifications", "facts"})
public record EvaluationGraph(@JsonProperty("case") String caseId, String title, LocalDate asOf, String rules,
                              List<Conclusion> conclusions, List<Warning> warnings, List<Assessment> assessments,
                              Map<String, Node> justifications, Map<String, FactRef> facts) {

    /** The name of this shape, as the API selects it ({@code ?shape=graph}) and as the answer says it. */
    public static final String SHAPE = "graph";

    @JsonProperty("shape")
    public String shape() {
        return SHAPE;
    }

    public record Conclusion(String kind, String subject, String object, String statement, LocalDate since, String justification) {
    }

    public record Warning(String kind, String title, Level level, Level baseLevel, List<String> propositions, List<String> actors,
                          LocalDate since, String justification, List<Step> levelSteps) {
    }

    public record Step(int steps, String reason, String justification) {
    }

    public record Assessment(String explanation, String title, String actor, int strength, List<Evidence> supporting, List<Evidence> opposing) {
    }

    public record Evidence(String statement, int weight, String justification) {
    }

    /** A justification whose facts and sub-justifications are ids in {@code facts} and {@code justifications}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Node(String conclusion, String rule, String proposition, String section, List<String> facts, List<String> because) {
    }

    /** The graph of {@code e}: subtrees shared in the evaluation (the same node, as the builder makes them) are written once. */
    public static EvaluationGraph of(Evaluation e) {
        Ids ids = new Ids();
        List<Conclusion> conclusions = new ArrayList<>(e.conclusions().size());
        for (DerivedConclusion c : e.conclusions()) {
            conclusions.add(new Conclusion(c.kind(), c.subject(), c.object(), c.statement(), c.since(), ids.of(c.justification())));
        }
        List<Warning> warnings = new ArrayList<>(e.warnings().size());
        for (IssuedWarning w : e.warnings()) {
            String justification = ids.of(w.justification());
            List<Step> steps = new ArrayList<>(w.levelSteps().size());
            for (LevelStep s : w.levelSteps()) steps.add(new Step(s.steps(), s.reason(), ids.of(s.justification())));
            warnings.add(new Warning(w.kind(), w.title(), w.level(), w.baseLevel(), w.propositions(), w.actors(), w.since(), justification, steps));
        }
        List<Assessment> assessments = new ArrayList<>(e.assessments().size());
        for (ExplanationAssessment a : e.assessments()) {
            assessments.add(new Assessment(a.explanation(), a.title(), a.actor(), a.strength(), ids.evidence(a.supporting()), ids.evidence(a.opposing())));
        }
        return new EvaluationGraph(e.caseId(), e.title(), e.asOf(), e.rules(), conclusions, warnings, assessments, ids.nodes, ids.facts);
    }

    /** The tree this graph stands for: equal to the evaluation it was made from. */
    public Evaluation expand() {
        Map<String, Justification> trees = new java.util.HashMap<>();
        List<DerivedConclusion> cs = new ArrayList<>(conclusions.size());
        for (Conclusion c : conclusions) {
            cs.add(new DerivedConclusion(c.kind(), c.subject(), c.object(), c.statement(), c.since(), tree(c.justification(), trees)));
        }
        List<IssuedWarning> ws = new ArrayList<>(warnings.size());
        for (Warning w : warnings) {
            List<LevelStep> steps = new ArrayList<>(w.levelSteps().size());
            for (Step s : w.levelSteps()) steps.add(new LevelStep(s.steps(), s.reason(), tree(s.justification(), trees)));
            ws.add(new IssuedWarning(w.kind(), w.title(), w.level(), w.baseLevel(), w.propositions(), w.actors(), w.since(),
                    tree(w.justification(), trees), steps));
        }
        List<ExplanationAssessment> as = new ArrayList<>(assessments.size());
        for (Assessment a : assessments) {
            as.add(new ExplanationAssessment(a.explanation(), a.title(), a.actor(), a.strength(), items(a.supporting(), trees), items(a.opposing(), trees)));
        }
        return new Evaluation(caseId, title, asOf, rules, cs, ws, as);
    }

    private List<EvidenceItem> items(List<Evidence> evidence, Map<String, Justification> trees) {
        List<EvidenceItem> out = new ArrayList<>(evidence.size());
        for (Evidence x : evidence) out.add(new EvidenceItem(x.statement(), x.weight(), tree(x.justification(), trees)));
        return out;
    }

    private Justification tree(String id, Map<String, Justification> trees) {
        if (id == null) return null;
        Justification known = trees.get(id);
        if (known != null) return known;
        Node n = justifications.get(id);
        if (n == null) throw new IllegalArgumentException("no justification " + id);
        List<FactRef> fs = new ArrayList<>(n.facts().size());
        for (String f : n.facts()) {
            FactRef ref = facts.get(f);
            if (ref == null) throw new IllegalArgumentException("no fact " + f);
            fs.add(ref);
        }
        List<Justification> because = new ArrayList<>(n.because().size());
        for (String b : n.because()) because.add(tree(b, trees));
        Justification j = new Justification(n.conclusion(), n.rule(), n.proposition(), n.section(), fs, because);
        trees.put(id, j);
        return j;
    }

    /**
     * Numbers justifications and facts: a justification after those it rests on, so that two with the same content
     * (the same statement, rule, facts and grounds, even if built twice) get one id; a fact by its content too.
     */
    private static final class Ids {
        final Map<String, Node> nodes = new LinkedHashMap<>();
        final Map<String, FactRef> facts = new LinkedHashMap<>();
        /** Shared subtrees are one object in the tree: met again, they are not walked again. */
        private final Map<Justification, String> seen = new IdentityHashMap<>();
        private final Map<Node, String> nodeIds = new HashMap<>();
        private final Map<FactRef, String> factIds = new HashMap<>();

        String of(Justification j) {
            if (j == null) return null;
            String known = seen.get(j);
            if (known != null) return known;
            List<String> fs = new ArrayList<>(j.facts().size());
            for (FactRef f : j.facts()) fs.add(fact(f));
            List<String> because = new ArrayList<>(j.because().size());
            for (Justification b : j.because()) because.add(of(b));
            Node node = new Node(j.conclusion(), j.rule(), j.proposition(), j.section(), fs, because);
            String id = nodeIds.get(node); // a node holds only ids: comparing it is shallow
            if (id == null) {
                id = "j" + (nodes.size() + 1);
                nodeIds.put(node, id);
                nodes.put(id, node);
            }
            seen.put(j, id);
            return id;
        }

        private String fact(FactRef f) {
            String known = factIds.get(f);
            if (known != null) return known;
            String id = "f" + (facts.size() + 1);
            factIds.put(f, id);
            facts.put(id, f);
            return id;
        }

        List<Evidence> evidence(List<EvidenceItem> items) {
            List<Evidence> out = new ArrayList<>(items.size());
            for (EvidenceItem x : items) out.add(new Evidence(x.statement(), x.weight(), of(x.justification())));
            return out;
        }
    }
}
