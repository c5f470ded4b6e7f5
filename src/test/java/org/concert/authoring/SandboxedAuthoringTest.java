package org.concert.authoring;

import org.concert.Fixtures;
import org.concert.casefile.CaseFile;
import org.concert.casefile.CaseLibrary;
import org.concert.rulebase.RuleBase;
import org.concert.rulebase.RuleFiles;
import org.concert.sandbox.Sandbox;
import org.concert.sandbox.SandboxSettings;
import org.concert.session.EvaluationLimits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No candidate's code runs in the server's process before it is accepted. The candidate here writes a marker file
 * twice: when it compiles (its salience is an expression, which the compiler runs) and when it fires (its consequence,
 * on any actor). The gate's and the check's own screening is left out ({@link #NOTHING_SCREENED}); the compiler
 * validates the text again itself ({@code RuleAdmission}), so today the candidate is refused inside the child before it
 * compiles. What the sandbox would contain on its own is shown by {@code SandboxTest}.
 */
class SandboxedAuthoringTest {

    /** A screening that lets everything through: the sandbox alone must contain the candidate. */
    static final Screening NOTHING_SCREENED = (proposed, serving) -> List.of();

    static List<CaseFile> cases;
    static SandboxedTrials sandboxed;

    @TempDir
    Path work;
    Path rules;
    /** A folder the sandboxed child can see (read-only, on the classpath) and this process can write. */
    Path markers;

    @BeforeAll
    static void startTheSandbox() {
        cases = CaseLibrary.load(Fixtures.CASES).cases();
        Sandbox sandbox = Sandbox.create(SandboxSettings.DEFAULT.withHeap(384L * 1024 * 1024));
        assertThat(sandbox.available()).as("bubblewrap works here: %s", sandbox.why()).isTrue();
        sandboxed = new SandboxedTrials(sandbox, () -> cases.stream().map(c -> new TrialCase(c.file(), json(c))).toList(),
                EvaluationLimits.DEFAULT, 0, false, 2);
    }

    @AfterAll
    static void stopTheSandbox() {
        sandboxed.close();
    }

    @BeforeEach
    void setUp() throws IOException {
        rules = work.resolve("rules");
        Fixtures.copy(Fixtures.RULES, rules);
        markers = Path.of("target/test-classes/sandbox-markers-" + UUID.randomUUID()).toAbsolutePath();
        Files.createDirectories(markers);
    }

    @AfterEach
    void removeMarkers() throws IOException {
        try (Stream<Path> files = Files.list(markers)) {
            for (Path f : files.toList()) Files.delete(f);
        }
        Files.delete(markers);
    }

    /** A rule that makes a folder {@code compiled} when compiled and {@code ran} when it matches an actor. */
    private String attack() {
        return """
                package concert.rules;
                import org.concert.casefile.*;
                import org.concert.vocabulary.*;

                rule "An attacker's rule leaves a mark"
                    @proposition("P9") @section("3")
                    @paraphrase("Not a proposition: an attack.")
                    @statement("{$a.name} holds a grievance")
                    salience( new java.io.File("%s").mkdir() ? 1 : 0 )
                when
                    $a: Actor( new java.io.File("%s").mkdir() || id != null, $id: id )
                then
                    warn(HIGH, new PostWarGrievance($id));
                end
                """.formatted(markers.resolve("compiled"), markers.resolve("ran"));
    }

    private RuleGate gate(TrialRunner trials, AtomicReference<RuleBase> serving) {
        return new RuleGate(rules, serving::get, serving::set, new AuditLog(work.resolve("audit.jsonl")), NOTHING_SCREENED, trials,
                GateSettings.DEFAULT, Clock.systemUTC());
    }

    @Test
    void theGateTriesTheCandidateInTheSandboxWhereItLeavesNoMarkAndIsRejected() throws IOException {
        AtomicReference<RuleBase> serving = new AtomicReference<>(RuleBase.load(rules));
        RuleBase before = serving.get();

        Activation a = gate(sandboxed, serving).propose(RuleChange.create("warnings/attack.drl", attack()), "attacker");

        assertThat(markers).isEmptyDirectory();
        assertThat(a.accepted()).as(a.summary()).isFalse();
        // Refused in the child: by the validator that runs inside the compiler (a problem), or, were it to compile, by
        // its consequence failing where it cannot write (a failure). Either way nothing ran here and no mark exists.
        assertThat(a.problems().isEmpty() && a.failures().isEmpty()).as("refused for a reason: %s", a.summary()).isFalse();
        assertThat(serving.get()).isSameAs(before);
        assertThat(rules.resolve("warnings/attack.drl")).doesNotExist();
    }

    @Test
    void aCheckCompilesTheCandidateInTheSandboxWhereItLeavesNoMark() {
        AtomicReference<RuleBase> serving = new AtomicReference<>(RuleBase.load(rules));

        Activation a = gate(sandboxed, serving).check("warnings/attack.drl", attack(), "attacker");

        assertThat(markers).isEmptyDirectory();
        assertThat(a.accepted()).isFalse();
        assertThat(new AuditLog(work.resolve("audit.jsonl")).read()).singleElement()
                .satisfies(r -> assertThat(r.action()).isEqualTo(RuleChange.Action.CHECK));
    }

    @Test
    void theCommandLineCheckCompilesTheCandidateInTheSandboxWhereItLeavesNoMark() throws IOException {
        Path file = work.resolve("attack.drl");
        Files.writeString(file, attack());

        int exit = org.concert.cli.CliAccess.rulesCheck(NOTHING_SCREENED, "--rules", rules.toString(), file.toString());

        assertThat(markers).isEmptyDirectory();
        assertThat(exit).as("the check ran to its end (the compiler's answer, whatever it was)").isIn(0, 2);
    }

    /**
     * A good change is accepted through the sandbox as it is in process, and what the sandbox costs on a gated
     * activation is printed: the same change through a warm sandboxed child (as the server keeps one) and in this
     * process (the rule base already compiled, as the server's is).
     */
    @Test
    void aGoodChangeIsAcceptedThroughTheSandboxAndItsOverheadIsMeasured() throws IOException {
        String text = Files.readString(rules.resolve("warnings/junctures.drl")) + "// a comment: the same conclusions\n";
        Sandbox sandbox = Sandbox.create(SandboxSettings.DEFAULT);
        try (SandboxedTrials warm = new SandboxedTrials(sandbox, () -> cases.stream().map(c -> new TrialCase(c.file(), json(c))).toList(),
                EvaluationLimits.DEFAULT, 8, true, 1)) {
            AtomicReference<RuleBase> serving = new AtomicReference<>(RuleBase.load(rules));
            assertThat(warm.startup(serving.get().files())).isEmpty();
            Activation sandboxedRun = gate(warm, serving).propose(RuleChange.replace("warnings/junctures.drl", text), "analyst");
            assertThat(sandboxedRun.accepted()).as(sandboxedRun.summary()).isTrue();
            assertThat(sandboxedRun.cost()).as("measured on 8 copies of the largest case").isNotNull();

            Path again = work.resolve("again");
            Fixtures.copy(Fixtures.RULES, again);
            AtomicReference<RuleBase> inProcess = new AtomicReference<>(RuleBase.load(again));
            RuleGate local = new RuleGate(again, inProcess::get, inProcess::set, new AuditLog(work.resolve("again.jsonl")), NOTHING_SCREENED,
                    new InProcessTrials(cases, EvaluationLimits.DEFAULT), GateSettings.DEFAULT, Clock.systemUTC());
            Activation localRun = local.propose(RuleChange.replace("warnings/junctures.drl", text), "analyst");
            assertThat(localRun.accepted()).isTrue();
            System.out.printf("gated activation of one file: %.1f s through a warm sandboxed child (cost on %d facts included), %.1f s in process%n",
                    sandboxedRun.millis() / 1000.0, sandboxedRun.cost().facts(), localRun.millis() / 1000.0);
        }
    }

    private static tools.jackson.databind.JsonNode json(CaseFile c) {
        try {
            return org.concert.json.Json.mapper().readTree(Files.readString(Path.of(c.file())));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
