package org.concert.authoring;

import org.concert.Fixtures;
import org.concert.casefile.CaseLibrary;
import org.concert.session.EvaluationLimits;
import org.concert.rulebase.RuleBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class RuleGateTest {

    @TempDir
    Path work;

    Path rules;
    AtomicReference<RuleBase> serving;
    RuleGate gate;
    AuditLog audit;

    @BeforeEach
    void copyTheRepositoryRules() throws IOException {
        rules = work.resolve("rules");
        Fixtures.copy(Fixtures.RULES, rules);
        serving = new AtomicReference<>(RuleBase.load(rules));
        audit = new AuditLog(work.resolve("audit/rule-changes.jsonl"));
        gate = new RuleGate(rules, serving::get, serving::set, audit, Screening.standard(),
                new InProcessTrials(CaseLibrary.load(Fixtures.CASES).cases(), EvaluationLimits.DEFAULT), GateSettings.DEFAULT, Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC));
    }

    private String read(String file) throws IOException {
        return Files.readString(rules.resolve(file));
    }

    @Test
    void aGoodChangePassesTheGateServesTheNextEvaluationAndIsAudited() throws IOException {
        RuleBase before = serving.get();
        String text = read("warnings/buffer-states.dslr").replace("across {$who.name}'s red line", "across {$who.name}'s declared red line");
        assertThat(text).isNotEqualTo(read("warnings/buffer-states.dslr"));

        Activation a = gate.propose(RuleChange.replace("warnings/buffer-states.dslr", text), "analyst");

        assertThat(a.accepted()).as(a.summary()).isTrue();
        assertThat(serving.get()).isNotSameAs(before);
        assertThat(read("warnings/buffer-states.dslr")).isEqualTo(text);
        var evaluation = new org.concert.session.Evaluator().evaluate(serving.get(), Fixtures.loadCase("russia-west-1990-2022"), java.time.LocalDate.of(2008, 4, 4));
        assertThat(evaluation.citing("P20").get(0).title()).endsWith("Russia's declared red line");
        assertThat(audit.read()).singleElement().satisfies(r -> {
            assertThat(r.who()).isEqualTo("analyst");
            assertThat(r.accepted()).isTrue();
            assertThat(r.diff()).contains("+    @statement(\"{$allianceId} promised membership to {$state.name}, across {$who.name}'s declared red line\")");
            assertThat(r.regression().met()).isEqualTo(r.regression().expectations());
            assertThat(r.regression().ruleTestsPassed()).isEqualTo(r.regression().ruleTests()).isPositive();
        });
    }

    @Test
    void proposingAChangeAgainAfterUndoingItReusesItsCompiledRuleBase() throws IOException {
        String original = read("warnings/junctures.drl");
        String commented = original + "// a comment: other files, the same conclusions\n";

        assertThat(gate.propose(RuleChange.replace("warnings/junctures.drl", commented), "analyst").accepted()).isTrue();
        RuleBase compiledOnce = serving.get();
        assertThat(gate.propose(RuleChange.replace("warnings/junctures.drl", original), "analyst").accepted()).isTrue();
        assertThat(serving.get()).isNotSameAs(compiledOnce);
        assertThat(gate.propose(RuleChange.replace("warnings/junctures.drl", commented), "analyst").accepted()).isTrue();

        assertThat(serving.get()).as("the same files are not compiled twice").isSameAs(compiledOnce);
    }

    @Test
    void aChangeThatBreaksAHistoricalCaseIsRejectedAndNothingChanges() throws IOException {
        RuleBase before = serving.get();
        String original = read("parameters.yaml");
        String text = original.replace("p17-rounds-for-high:", "p17-rounds-for-high:").replaceFirst("(p17-rounds-for-high:[\\s\\S]*?\"1800-01-01\": )2", "$15");

        Activation a = gate.propose(RuleChange.replace("parameters.yaml", text), "analyst");

        assertThat(a.accepted()).isFalse();
        assertThat(a.failures()).extracting(Activation.Failure::expectation)
                .contains("russia-west-1990-2022 › 2004-04-30 › a warning citing P17 at HIGH or above");
        assertThat(serving.get()).isSameAs(before);
        assertThat(read("parameters.yaml")).isEqualTo(original);
    }

    @Test
    void aChangeThatBreaksOnlyARuleTestIsRejectedAndNothingChanges() throws IOException {
        // P26 fires in no historical case, so only the rule tests of remedies.yaml can see this change.
        RuleBase before = serving.get();
        String original = read("warnings/remedies.drl");
        String text = original.replace("warn(ELEVATED, new NuclearEscalation($power, $side));", "warn(NOTICE, new NuclearEscalation($power, $side));");
        assertThat(text).isNotEqualTo(original);

        Activation a = gate.propose(RuleChange.replace("warnings/remedies.drl", text), "analyst");

        assertThat(a.accepted()).isFalse();
        assertThat(a.regression().met()).isEqualTo(a.regression().expectations());
        assertThat(a.regression().ruleTestsPassed()).isLessThan(a.regression().ruleTests());
        assertThat(a.failures()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.caseId()).isEqualTo(Activation.RULE_TEST);
            assertThat(f.expectation()).contains("tests/remedies.yaml: tests[");
        });
        assertThat(serving.get()).isSameAs(before);
        assertThat(read("warnings/remedies.drl")).isEqualTo(original);
    }

    @Test
    void aFileThatDoesNotCompileIsRejectedWithItsLine() throws IOException {
        RuleBase before = serving.get();
        Activation a = gate.propose(RuleChange.create("warnings/new.drl", "package concert.rules;\nrule \"x\" @proposition(\"P1\") @section(\"1\")\nwhen\n  Actor(\nthen\nend\n"), "analyst");
        assertThat(a.accepted()).isFalse();
        assertThat(a.problems()).isNotEmpty().first().satisfies(p -> assertThat(p.file()).isEqualTo("rules/warnings/new.drl"));
        assertThat(serving.get()).isSameAs(before);
        assertThat(rules.resolve("warnings/new.drl")).doesNotExist();
    }

    @Test
    void aNameOutsideTheRulesDirectoryIsRefused() {
        Activation a = gate.propose(RuleChange.create("../escape.drl", "package x;"), "analyst");
        assertThat(a.accepted()).isFalse();
        assertThat(a.problems().get(0).message()).contains("relative to the rules directory");
        assertThat(work.resolve("escape.drl")).doesNotExist();
    }

    @Test
    void anEditOnDiskGoesThroughTheSameGateOnReload() throws IOException {
        RuleBase before = serving.get();
        Files.writeString(rules.resolve("warnings/junctures.drl"), read("warnings/junctures.drl").replace("warn(HIGH,", "warn(NOTICE,"));
        Activation rejected = gate.propose(RuleChange.reload(), "analyst");
        assertThat(rejected.accepted()).isFalse();
        assertThat(rejected.failures()).extracting(Activation.Failure::caseId).contains("versailles-1919");
        assertThat(serving.get()).isSameAs(before);

        Files.writeString(rules.resolve("warnings/junctures.drl"), read("warnings/junctures.drl").replace("warn(NOTICE,", "warn(HIGH,"));
        Activation unchanged = gate.propose(RuleChange.reload(), "analyst");
        assertThat(unchanged.accepted()).isTrue();
        assertThat(serving.get()).isSameAs(before);
    }

    @Test
    void aChangeThatCannotBeWrittenIsRejectedAndNothingChanges() throws IOException {
        RuleBase before = serving.get();
        Files.writeString(rules.resolve("blocked"), "a file where the change needs a folder");
        String rule = read("warnings/junctures.drl");
        Activation a = gate.propose(RuleChange.create("blocked/junctures-copy.drl", rule.replace("rule \"", "rule \"Copy: ")), "analyst");
        assertThat(a.accepted()).isFalse();
        assertThat(a.problems()).singleElement().satisfies(p -> assertThat(p.message()).startsWith("cannot write the file"));
        assertThat(serving.get()).isSameAs(before);
    }
}
