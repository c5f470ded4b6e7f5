package org.concert.session;

import org.concert.evaluation.DerivedConclusion;
import org.concert.evaluation.Evaluation;
import org.concert.evaluation.EvidenceItem;
import org.concert.evaluation.ExplanationAssessment;
import org.concert.evaluation.FactRef;
import org.concert.evaluation.IssuedWarning;
import org.concert.evaluation.Justification;
import org.concert.evaluation.LevelStep;
import org.concert.rulebase.Propositions;
import org.concert.rulebase.RuleBase;
import org.concert.rulebase.RuleInfo;

import org.concert.casefile.CaseFact;
import org.concert.casefile.CaseFile;
import org.concert.vocabulary.Conclusion;
import org.concert.vocabulary.Evidence;
import org.concert.vocabulary.LevelChange;
import org.concert.vocabulary.Vocabulary;
import org.concert.vocabulary.Warning;
import org.kie.api.runtime.KieSession;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds what a session holds into an {@link Evaluation}: each derived fact as users see it (a conclusion's
 * kind and roles, a warning's level moved by its steps), the justification of each, chosen among the
 * rule firings that support it by a rule of its own so the same truth gets the same explanation, and the
 * evidence for and against each competing explanation summed into assessments. One builder serves one
 * session, at every date it is asked about, and remembers how each case fact is shown.
 */
final class EvaluationBuilder {

    private static final Comparator<String> BY_PROPOSITION_NUMBER =
            Comparator.comparingInt(EvaluationBuilder::propositionNumber).thenComparing(Comparator.naturalOrder());

    private final KieSession session;
    private final Derivations derivations;
    private final RuleBase ruleBase;
    private final CaseFile caseFile;
    /** Each fact as justifications show it, made once per fact (a fact backs many conclusions, at many dates). */
    private final Map<CaseFact, FactRef> factRefs = new java.util.IdentityHashMap<>();

    EvaluationBuilder(KieSession session, Derivations derivations, RuleBase ruleBase, CaseFile caseFile) {
        this.session = session;
        this.derivations = derivations;
        this.ruleBase = ruleBase;
        this.caseFile = caseFile;
    }

    static boolean isDerived(Object o) {
        return o instanceof Conclusion || o instanceof Warning || o instanceof LevelChange || o instanceof Evidence;
    }

    /** The conclusions, warnings and explanation assessments holding now, each with its justification. */
    Evaluation build(LocalDate asOf) {
        Collection<?> objects = session.getObjects(EvaluationBuilder::isDerived);
        Map<Object, Justification> memo = new java.util.IdentityHashMap<>();
        List<DerivedConclusion> conclusions = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        List<LevelChange> levelChanges = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        Map<Justification, Optional<LocalDate>> since = new java.util.IdentityHashMap<>();
        for (Object o : objects) {
            if (o instanceof Conclusion c) {
                Justification j = justify(c, memo, new java.util.HashSet<>());
                Vocabulary.TypeInfo type = Vocabulary.of(c);
                List<String> roles = Vocabulary.roleValues(c);
                conclusions.add(new DerivedConclusion(type.kind(), roles.get(0), roles.size() > 1 ? roles.get(1) : null, c.statement(),
                        since(j, since), j));
            } else if (o instanceof Warning w) {
                warnings.add(w);
            } else if (o instanceof Evidence e) {
                evidence.add(e);
            } else {
                levelChanges.add((LevelChange) o);
            }
        }
        Map<Warning, List<LevelChange>> changesByWarning = new HashMap<>();
        for (LevelChange c : levelChanges) changesByWarning.computeIfAbsent(c.warning(), k -> new ArrayList<>()).add(c);
        List<IssuedWarning> issued = new ArrayList<>();
        for (Warning w : warnings) issued.add(issue(w, changesByWarning.getOrDefault(w, List.of()), memo, since));
        conclusions.sort(Comparator.comparing(DerivedConclusion::kind).thenComparing(DerivedConclusion::subject, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(DerivedConclusion::object, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(DerivedConclusion::statement));
        issued.sort(Comparator.comparing(IssuedWarning::level).reversed()
                .thenComparing(IssuedWarning::title).thenComparing(IssuedWarning::kind)
                .thenComparing(w -> String.join(",", w.actors())));
        return new Evaluation(caseFile.id(), caseFile.title(), asOf, ruleBase.version(), List.copyOf(conclusions), List.copyOf(issued),
                assess(evidence, memo));
    }

    /** One assessment per explanation and actor with evidence: strongest first, items heaviest first. */
    private List<ExplanationAssessment> assess(List<Evidence> evidence, Map<Object, Justification> memo) {
        Map<List<String>, List<Evidence>> byExplanation = new java.util.TreeMap<>(
                Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));
        for (Evidence e : evidence) {
            byExplanation.computeIfAbsent(List.of(e.explanation().proposition(), String.valueOf(e.actor())), k -> new ArrayList<>()).add(e);
        }
        List<ExplanationAssessment> assessments = new ArrayList<>();
        byExplanation.forEach((key, items) -> {
            List<EvidenceItem> supporting = new ArrayList<>();
            List<EvidenceItem> opposing = new ArrayList<>();
            int strength = 0;
            for (Evidence e : items) {
                EvidenceItem item = new EvidenceItem(e.statement(), e.weight(), justify(e, memo, new java.util.HashSet<>()));
                if (e.supports()) {
                    supporting.add(item);
                    strength += e.weight();
                } else {
                    opposing.add(item);
                    strength -= e.weight();
                }
            }
            Comparator<EvidenceItem> heaviestFirst = Comparator.comparingInt(EvidenceItem::weight).reversed()
                    .thenComparing(EvidenceItem::statement).thenComparing(i -> i.justification().rule());
            supporting.sort(heaviestFirst);
            opposing.sort(heaviestFirst);
            String title = ruleBase.propositions().find(key.get(0)).map(Propositions.Proposition::title).orElse(key.get(0));
            assessments.add(new ExplanationAssessment(key.get(0), title, key.get(1), strength, List.copyOf(supporting), List.copyOf(opposing)));
        });
        assessments.sort(Comparator.comparingInt(ExplanationAssessment::strength).reversed()
                .thenComparing(ExplanationAssessment::explanation).thenComparing(ExplanationAssessment::actor));
        return List.copyOf(assessments);
    }

    /** {@code levelChanges}: those of this warning, in the order the session holds them. */
    private IssuedWarning issue(Warning w, List<LevelChange> levelChanges, Map<Object, Justification> memo,
                                Map<Justification, Optional<LocalDate>> since) {
        Justification j = justify(w, memo, new java.util.HashSet<>());
        List<LevelStep> steps = new ArrayList<>();
        for (LevelChange c : levelChanges) {
            steps.add(new LevelStep(c.steps(), c.reason(), justify(c, memo, new java.util.HashSet<>())));
        }
        steps.sort(Comparator.comparing((LevelStep s) -> s.justification().rule()).thenComparing(LevelStep::reason));
        int total = steps.stream().mapToInt(LevelStep::steps).sum();
        // The warning's own proposition, then those that moved its level, then the rest of its chain, each in id order.
        Set<String> propositions = new LinkedHashSet<>();
        if (j.proposition() != null) propositions.add(j.proposition());
        steps.stream().map(s -> s.justification().proposition()).filter(java.util.Objects::nonNull)
                .sorted(BY_PROPOSITION_NUMBER).forEach(propositions::add);
        List<String> chain = new ArrayList<>();
        j.collectPropositions(chain);
        chain.stream().sorted(BY_PROPOSITION_NUMBER).forEach(propositions::add);
        return new IssuedWarning(Vocabulary.of(w).kind(), w.title(), w.level().shift(total), w.level(), List.copyOf(propositions),
                w.actors(), since(j, since), j, List.copyOf(steps));
    }

    /** {@link Justification#since()}, remembering each node's answer: the trees of one snapshot share their subtrees. */
    private static LocalDate since(Justification j, Map<Justification, Optional<LocalDate>> memo) {
        Optional<LocalDate> known = memo.get(j);
        if (known != null) return known.orElse(null);
        LocalDate latest = null;
        for (FactRef f : j.facts()) if (f.date() != null && (latest == null || f.date().isAfter(latest))) latest = f.date();
        for (Justification b : j.because()) {
            LocalDate d = since(b, memo);
            if (d != null && (latest == null || d.isAfter(latest))) latest = d;
        }
        memo.put(j, Optional.ofNullable(latest));
        return latest;
    }

    /** The number of a proposition id like {@code P20}; other ids sort after every numbered one. */
    private static int propositionNumber(String p) {
        if (p.length() < 2 || p.charAt(0) != 'P') return Integer.MAX_VALUE;
        for (int i = 1; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c < '0' || c > '9') return Integer.MAX_VALUE;
        }
        return Integer.parseInt(p.substring(1));
    }

    /**
     * The justification of a derived fact. When several rule firings support it, the one that held
     * first (earliest {@code since}) is shown, then by rule name and facts: the same truth gets the same
     * explanation whatever order the engine fired in.
     */
    private Justification justify(Object derived, Map<Object, Justification> memo, Set<Object> path) {
        String statement = derived instanceof Conclusion c ? c.statement() : null;
        Justification known = memo.get(derived);
        if (known != null) return known;
        List<Derivations.Derivation> supports = Supports.of(session, derived);
        if (supports.isEmpty() && derivations.of(derived) != null) supports = List.of(derivations.of(derived));
        if (supports.isEmpty() || !path.add(derived)) {
            return new Justification(statement, "(not recorded)", null, null, List.of(), List.of());
        }
        Justification best = null;
        for (Derivations.Derivation d : supports) {
            Justification candidate = build(statement, d, memo, path);
            if (best == null || CANONICAL.compare(candidate, best) < 0) best = candidate;
        }
        path.remove(derived);
        memo.put(derived, best);
        return best;
    }

    private static final Comparator<Justification> CANONICAL = Comparator
            .comparing(Justification::since, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Justification::rule)
            .thenComparing(j -> j.facts().stream().map(FactRef::path).toList().toString())
            .thenComparing(j -> j.because().stream().map(Justification::conclusion).toList().toString());

    private Justification build(String statement, Derivations.Derivation d, Map<Object, Justification> memo, Set<Object> path) {
        RuleInfo info = ruleBase.rule(d.rule()).orElse(null);
        List<FactRef> facts = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        List<Justification> because = new ArrayList<>();
        for (Object o : d.matched()) {
            if (o instanceof CaseFact f) {
                if (seen.add(f.path())) facts.add(factRefs.computeIfAbsent(f, FactRef::of));
            } else if (o instanceof Conclusion c) {
                Justification sub = justify(c, memo, path);
                if (!because.contains(sub)) because.add(sub);
            }
        }
        // A canonical order, independent of the order in which the engine happened to match and collect:
        // facts chronologically (timeless ones first), then by path; conclusions by what they say.
        facts.sort(Comparator.comparing(FactRef::date, Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(FactRef::path));
        because.sort(Comparator.comparing(Justification::conclusion, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Justification::rule));
        return new Justification(statement, d.rule(), info == null ? null : info.proposition(),
                info == null ? null : info.section(), List.copyOf(facts), List.copyOf(because));
    }
}
