package org.concert.authoring;

import org.concert.Fixtures;
import org.concert.rulebase.AttackCorpus;
import org.concert.rulebase.AttackCorpus.Attack;
import org.concert.rulebase.PublicClasses.ClassRef;
import org.concert.rulebase.RuleBase;
import org.concert.rulebase.RuleProblem;
import org.concert.session.EvaluationLimits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attack corpus through the paths an analyst's password reaches: the gate (which writes and serves) and the dry
 * run behind {@code rules check} (and {@code POST /api/rules/check}, which calls the same validator first). The concrete bypasses of issue 13 and a few gadget classes in every position go
 * through each (the whole corpus goes through the validator in {@code AttackCorpusTest}; these paths call the same
 * validator first). Every attack is refused; no marker file appears; the rule files and the serving rule base are
 * unchanged.
 */
class AttackGateTest {

    @TempDir
    static Path work;
    private static Path marker;
    private static List<Attack> attacks;

    @BeforeAll
    static void corpus() {
        marker = work.resolve("marker");
        attacks = new ArrayList<>(AttackCorpus.bypasses(marker));
        for (ClassRef c : List.of(new ClassRef("java.lang.Runtime", "jdk:java.base", "getRuntime", 0, null),
                new ClassRef("org.apache.commons.lang3.reflect.MethodUtils", "jar:commons-lang3", "invokeStaticMethod", 3, null),
                new ClassRef("java.lang.ProcessBuilder", "jdk:java.base", null, 0, null))) {
            attacks.addAll(AttackCorpus.everyPosition(c));
        }
    }

    @Test
    void theGateRefusesEveryAttackBeforeCompilingAndChangesNothing() {
        Path rules = smallRuleBase(work.resolve("gate/rules"));
        Map<String, String> files = snapshot(rules);
        RuleBase original = RuleBase.load(rules);
        AtomicReference<RuleBase> serving = new AtomicReference<>(original);
        RuleGate gate = new RuleGate(rules, serving::get, serving::set, new AuditLog(work.resolve("gate/audit.jsonl")), Screening.standard(),
                new InProcessTrials(List.of(), EvaluationLimits.DEFAULT), GateSettings.DEFAULT, Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC));
        List<String> accepted = new ArrayList<>();
        for (Attack a : attacks) {
            Activation result;
            if (a.files().size() == 1) {
                result = gate.propose(RuleChange.create(a.file(), a.text()), "attacker");
            } else { // a sentence and the rule written in it: dropped into the folder together, then reloaded
                a.files().forEach((f, t) -> write(rules.resolve(f), t));
                result = gate.propose(RuleChange.reload(), "attacker");
                a.files().keySet().forEach(f -> delete(rules.resolve(f)));
            }
            if (result.accepted() || !refusedIn(result.problems(), a)) accepted.add(a.name() + " " + result.problems());
        }
        assertThat(accepted).as("attacks the gate did not refuse in their own file").isEmpty();
        assertThat(serving.get()).as("the serving rule base").isSameAs(original);
        assertThat(snapshot(rules)).as("the rule files").isEqualTo(files);
        assertThat(Files.exists(marker)).as("the marker file").isFalse();
    }

    @Test
    void theDryRunRefusesEveryAttackAndWritesNothing() {
        Path rules = smallRuleBase(work.resolve("check/rules"));
        Map<String, String> files = snapshot(rules);
        List<String> accepted = new ArrayList<>();
        int n = 0;
        for (Attack a : attacks) {
            Path upload = work.resolve("check/upload-" + n++); // as `rules check FILE…` takes files from anywhere
            List<Path> given = new ArrayList<>();
            a.files().forEach((f, t) -> {
                Path p = upload.resolve(Path.of(f).getFileName().toString());
                write(p, t);
                given.add(p);
            });
            List<RuleProblem> problems = RuleCheck.check(rules, given, Screening.standard(), new InProcessTrials(List.of(), EvaluationLimits.DEFAULT));
            if (problems.isEmpty()) accepted.add(a.name());
        }
        assertThat(accepted).as("attacks the dry run admitted").isEmpty();
        assertThat(snapshot(rules)).as("the rule files").isEqualTo(files);
        assertThat(Files.exists(marker)).as("the marker file").isFalse();
    }

    /**
     * A rule base of the repository's parameters, propositions and controlled language and one clean rule (the probe
     * every attack alters): the gate validates the whole proposed rule base, and the repository's would make each
     * attempt cost a second on a loaded machine without testing anything more.
     */
    private static Path smallRuleBase(Path rules) {
        for (String f : List.of("parameters.yaml", "propositions.yaml", "concert.dsl")) {
            try {
                write(rules.resolve(f), Files.readString(Fixtures.RULES.resolve(f)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        // Renamed, so that an attack the validator admitted would compile and be caught, not fail on a duplicate name.
        AttackCorpus.cleanProbe().forEach((f, t) -> write(rules.resolve(f.replace("attacks/", "probe/")),
                t.replace("rule \"" + AttackCorpus.RULE_NAME + "\"", "rule \"The probe as it is\"")));
        return rules;
    }

    private static boolean refusedIn(List<RuleProblem> problems, Attack a) {
        return problems.stream().anyMatch(p -> a.files().keySet().stream().anyMatch(f -> p.file().endsWith(f)));
    }

    private static Map<String, String> snapshot(Path dir) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) all::iterator) if (Files.isRegularFile(f)) files.put(dir.relativize(f).toString(), Files.readString(f));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
