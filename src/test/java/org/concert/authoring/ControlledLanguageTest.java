package org.concert.authoring;

import org.concert.Fixtures;
import org.concert.casefile.CaseFile;
import org.concert.casefile.CaseLibrary;
import org.concert.casefile.FactChange;
import org.concert.engine.Evaluation;
import org.concert.engine.Evaluator;
import org.concert.engine.RuleBase;
import org.concert.engine.RuleFiles;
import org.concert.engine.RuleInfo;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exclusion and buffer-state themes written in the controlled language (rules/examples/*.dslr, with
 * rules/concert.dsl) behave exactly like their DRL twins: same rules and metadata, and the same
 * evaluation of every case on every date its facts change.
 */
class ControlledLanguageTest {

    static final Map<String, String> TWINS = Map.of(
            "conclusions/exclusion.drl", "examples/conclusions/exclusion.dslr",
            "warnings/exclusion.drl", "examples/warnings/exclusion.dslr",
            "conclusions/buffer-states.drl", "examples/conclusions/buffer-states.dslr",
            "warnings/buffer-states.drl", "examples/warnings/buffer-states.dslr");

    static RuleFiles withTwins() {
        RuleFiles files = RuleFiles.read(Fixtures.RULES);
        for (Map.Entry<String, String> twin : TWINS.entrySet()) {
            // In place of its DRL twin (same folder and name, .dslr), as an analyst would swap them: rules load in file order.
            files = files.without("rules/" + twin.getKey()).with("rules/" + twin.getKey().replace(".drl", ".dslr"), read(twin.getValue()));
        }
        return files;
    }

    static String read(String file) {
        try {
            return Files.readString(Fixtures.RULES.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final RuleBase DSL = RuleBase.compile(withTwins());

    @Test
    void theTwinsHaveTheSameRulesWithTheSameMetadata() {
        assertThat(DSL.rules()).extracting(RuleInfo::name, RuleInfo::proposition, RuleInfo::section, RuleInfo::paraphrase, RuleInfo::role, RuleInfo::level)
                .containsExactlyInAnyOrderElementsOf(Fixtures.rules().rules().stream()
                        .map(r -> org.assertj.core.groups.Tuple.tuple(r.name(), r.proposition(), r.section(), r.paraphrase(), r.role(), r.level())).toList());
        assertThat(DSL.rules()).filteredOn(r -> r.file().endsWith(".dslr")).hasSize(18);
    }

    @Test
    void theControlledLanguageIsCleanForTheValidator() {
        assertThat(RuleValidator.check(withTwins())).isEmpty();
    }

    @Test
    void anAnalystSentenceNeedsNoJava() {
        String rule = read("examples/warnings/buffer-states.dslr");
        String when = rule.substring(rule.indexOf("when\n"), rule.indexOf("end\n"));
        assertThat(when).doesNotContain("(", ")", "$", ";", "==");
    }

    @TestFactory
    Stream<DynamicTest> everyCaseEvaluatesTheSameOnEveryDateItsFactsChange() {
        Evaluator evaluator = new Evaluator();
        JsonMapper json = JsonMapper.builder().build();
        return CaseLibrary.load(Fixtures.CASES).cases().stream().map(c -> DynamicTest.dynamicTest(c.id(), () -> {
            for (LocalDate day : changeDates(c)) {
                Evaluation drl = evaluator.evaluate(Fixtures.rules(), c, day);
                Evaluation dsl = evaluator.evaluate(DSL, c, day);
                assertThat(json.writeValueAsString(sameVersion(dsl, drl.rules()))).as("%s as of %s", c.id(), day)
                        .isEqualTo(json.writeValueAsString(drl));
            }
        }));
    }

    private static List<LocalDate> changeDates(CaseFile c) {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (FactChange change : c.changes()) if (!change.date().isBefore(c.period().from().minusYears(1))) days.add(change.date());
        days.add(c.period().to());
        return List.copyOf(days);
    }

    /** The rule files differ, so the content hash does; everything else must be equal. */
    private static Evaluation sameVersion(Evaluation e, String version) {
        return new Evaluation(e.caseId(), e.title(), e.asOf(), version, e.conclusions(), e.warnings(), e.assessments());
    }
}
