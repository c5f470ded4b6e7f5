package org.concert.rulebase;

import org.concert.rulebase.AttackCorpus.Attack;
import org.concert.rulebase.RuleAdmission.Check;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attack corpus against the validator: every attack is refused in its own file, without compiling anything; and
 * the corpus can fail — each attack in a position a class can hide in is admitted once an allowed name takes the
 * class's place, a validator that allows one forbidden class lets that class's attacks through, and a validator with
 * any one of its checks switched off lets some attack through.
 */
class AttackCorpusTest {

    private static final String RULES = "rules";

    @TempDir
    static Path work;
    private static Path marker;
    /** {@code -Dconcert.attacks=full} takes every class file of the classpath instead of the build's sample (minutes, not seconds). */
    private static final boolean FULL = "full".equals(System.getProperty("concert.attacks"));
    private static AttackCorpus.Corpus generated;
    private static List<Attack> corpus;

    @BeforeAll
    static void generate() {
        marker = work.resolve("marker");
        long start = System.nanoTime();
        generated = AttackCorpus.generate(marker, FULL);
        corpus = generated.attacks();
        System.out.printf("attack corpus: %s, generated in %d ms%n", generated.describe(), (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    void everyAttackIsRefusedInItsOwnFileAndNoneCreatesTheMarker() {
        RuleAdmission validator = new RuleAdmission(AllowList.vocabulary(), Set.of());
        List<String> admitted = new ArrayList<>();
        List<String> unlocated = new ArrayList<>();
        Map<String, Integer> byPosition = new TreeMap<>();
        Map<String, Integer> bySource = new TreeMap<>();
        long start = System.nanoTime();
        for (Attack a : corpus) {
            List<RuleProblem> problems = validator.check(a.ruleFiles(RULES));
            boolean inItsFile = problems.stream().anyMatch(p -> p.file().startsWith(RULES + "/attacks/"));
            if (!inItsFile) admitted.add(a.name());
            // Every refusal names its file; all but whole-file ones (size, encoding) name a line of it too.
            if (problems.stream().anyMatch(p -> p.line() < 1) && problems.stream().noneMatch(p -> p.line() >= 1)
                    && !a.name().equals("bypass: a file too large to read")) unlocated.add(a.name() + " " + problems);
            byPosition.merge(a.position(), 1, Integer::sum);
            bySource.merge(a.source().startsWith("jdk:") ? "jdk" : a.source().startsWith("jar:") ? a.source() : a.source(), 1, Integer::sum);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("attack corpus: %d attacks validated in %d ms (%.3f ms each), %d admitted%n  by position %s%n  by source %s%n",
                corpus.size(), millis, (double) millis / corpus.size(), admitted.size(), byPosition, bySource);
        assertThat(admitted).as("attacks the validator admitted").isEmpty();
        assertThat(unlocated).as("attacks refused without a line").isEmpty();
        assertThat(Files.exists(marker)).as("the marker file").isFalse();
        assertThat(generated.publicClasses()).isGreaterThan(FULL ? 30_000 : 1_500);
        assertThat(corpus).hasSizeGreaterThan(FULL ? 90_000 : 2_500);
        for (AttackCorpus.Position p : AttackCorpus.Position.values()) assertThat(byPosition).as("attacks in position %s", p).containsKey(p.description);
    }

    @Test
    void theProbeEveryAttackChangesIsAdmittedAsItIs() {
        assertThat(RuleAdmission.validate(files(AttackCorpus.cleanProbe()))).isEmpty();
    }

    /** So a refusal in these positions is the class's doing, not the template's. */
    @ParameterizedTest
    @EnumSource(AttackCorpus.Position.class)
    void eachPositionAClassCanHideInAdmitsTheSameTextWithAVocabularyName(AttackCorpus.Position position) {
        if (!position.vocabularyTwin) return; // a syntax form refused whatever it names: the weakened validators below cover it
        assertThat(RuleAdmission.validate(files(position.twin()))).as(position.description).isEmpty();
    }

    static Stream<String> gadgetClasses() {
        return AttackCorpus.GADGET_CLASSES.stream().sorted();
    }

    /** Loaded without initialising: the class's own code never runs here either. */
    @ParameterizedTest
    @MethodSource("gadgetClasses")
    void aValidatorThatAllowsOneForbiddenClassLetsThatClassesAttacksThrough(String className) throws ClassNotFoundException {
        Class<?> forbidden = Class.forName(className, false, getClass().getClassLoader());
        RuleAdmission weakened = new RuleAdmission(AllowList.vocabulary().with(forbidden), Set.of());
        List<String> through = new ArrayList<>();
        for (Attack a : corpus) {
            if (!className.equals(a.subject())) continue;
            if (weakened.check(a.ruleFiles(RULES)).isEmpty()) through.add(a.name());
        }
        assertThat(through).as("attacks on %s a validator allowing it admits", className).isNotEmpty();
        assertThat(Files.exists(marker)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Check.class)
    void aValidatorWithoutOneOfItsChecksLetsSomeAttackThrough(Check check) {
        RuleAdmission weakened = new RuleAdmission(AllowList.vocabulary(), EnumSet.of(check));
        Optional<Attack> through = corpus.stream().filter(a -> weakened.check(a.ruleFiles(RULES)).isEmpty()).findFirst();
        assertThat(through).as("an attack admitted once %s is switched off", check).isPresent();
        System.out.printf("without %s: %s gets through%n", check, through.get().name());
        assertThat(Files.exists(marker)).isFalse();
    }

    private static RuleFiles files(Map<String, String> relative) {
        Map<String, String> named = new TreeMap<>();
        relative.forEach((f, t) -> named.put(RULES + "/" + f, t));
        return new RuleFiles(named);
    }
}
