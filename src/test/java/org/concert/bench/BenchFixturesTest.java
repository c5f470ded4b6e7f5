package org.concert.bench;

import org.concert.Fixtures;
import org.concert.casefile.CaseFile;
import org.concert.casefile.CaseLibrary;
import org.concert.casefile.FactChange;
import org.concert.evaluation.Evaluation;
import org.concert.session.Evaluator;
import org.concert.evaluation.IssuedWarning;
import org.concert.rulebase.RuleBase;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark fixtures are what they claim (issue 7); nothing here is timed. The scaled cases load
 * and have the sizes they are named for; the hand-written check finds exactly the P17 and P20 warnings
 * the rules raise, on the scaled cases and on every real case at every date its facts change, so the
 * comparison with it is fair; the generated rule bases have the number of rules asked for and warn as
 * the real ones do.
 */
class BenchFixturesTest {

    private static final List<String> CHAIN_KINDS = List.of("enlargement-towards", "red-line-crossed");

    private final Evaluator evaluator = new Evaluator();

    @ParameterizedTest
    @ValueSource(ints = {50, 200, 1000})
    void aScaledCaseLoadsWithAboutTheFactsItIsNamedForAndOneP20WarningPerCopy(int facts) {
        CaseFile c = ScaledCases.withAbout(facts);
        int known = ScaledCases.CaseFacts.known(c);
        int perCopy = ScaledCases.CaseFacts.known(ScaledCases.copies(1));
        int copies = known / perCopy;

        assertThat(known % perCopy).isZero();
        assertThat(Math.abs(known - facts)).as("%d facts for about %d", known, facts).isLessThanOrEqualTo(perCopy / 2);
        Evaluation e = evaluator.evaluate(Fixtures.rules(), c, ScaledCases.AS_OF);
        assertThat(e.warnings()).filteredOn(w -> w.kind().equals("red-line-crossed")).hasSize(copies)
                .allSatisfy(w -> assertThat(w.actors().get(1)).startsWith("UKR"));
    }

    @ParameterizedTest
    @ValueSource(ints = {50, 200, 1000})
    void theHandWrittenCheckFindsTheRulesP17AndP20WarningsOnTheScaledCases(int facts) {
        CaseFile c = ScaledCases.withAbout(facts);
        assertThat(handWritten(c, ScaledCases.AS_OF)).isNotEmpty().isEqualTo(byRules(Fixtures.rules(), c, ScaledCases.AS_OF));
    }

    /** Every real case, at the start and end of its period and on every date one of its facts or the parameters change. */
    @TestFactory
    Stream<DynamicTest> theHandWrittenCheckFindsTheRulesP17AndP20WarningsOnEveryRealCaseAtEveryDate() {
        List<DynamicTest> tests = new ArrayList<>();
        for (CaseFile c : CaseLibrary.load(Fixtures.CASES).cases()) {
            TreeSet<LocalDate> dates = new TreeSet<>(List.of(c.period().from(), c.period().to()));
            for (FactChange change : c.changes()) if (!change.date().equals(LocalDate.MIN)) dates.add(change.date());
            tests.add(DynamicTest.dynamicTest(c.id() + " at " + dates.size() + " dates", () -> {
                for (LocalDate d : dates) {
                    assertThat(handWritten(c, d)).as("%s as of %s", c.id(), d).isEqualTo(byRules(Fixtures.rules(), c, d));
                }
            }));
        }
        return tests.stream();
    }

    @Test
    void theRealCasesGiveTheHandWrittenCheckSomethingToFind() {
        CaseFile c = Fixtures.loadCase("russia-west-1990-2022");
        assertThat(handWritten(c, LocalDate.of(2008, 4, 4))).contains(
                "red-line-crossed [RUS, UKR, NATO] HIGH→HIGH NATO promised membership to Ukraine, across Russia's red line",
                "enlargement-towards [RUS, NATO] ELEVATED→HIGH NATO enlarges towards excluded Russia");
    }

    @Test
    void theChainsRulesAloneRaiseTheSameChainWarningsAsTheWholeRuleBase() {
        RuleBase chain = RuleBase.compile(RuleSets.only(RuleSets.real(), HandWrittenChain.RULES));
        assertThat(chain.rules()).hasSize(HandWrittenChain.RULES.size());
        for (int facts : new int[]{50, 200}) {
            CaseFile c = ScaledCases.withAbout(facts);
            assertThat(byRules(chain, c, ScaledCases.AS_OF)).isEqualTo(byRules(Fixtures.rules(), c, ScaledCases.AS_OF));
        }
        CaseFile real = Fixtures.loadCase("russia-west-1990-2022");
        for (String d : List.of("1999-03-12", "2008-04-04", "2022-02-24")) {
            LocalDate day = LocalDate.parse(d);
            assertThat(byRules(chain, real, day)).isEqualTo(byRules(Fixtures.rules(), real, day));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {30, 100, 300})
    void aGeneratedRuleBaseHasTheNumberOfRulesAskedFor(int n) {
        assertThat(RuleSets.count(RuleSets.withRules(n))).isEqualTo(n);
        String once = RuleSets.retitled(RuleSets.withRules(n), 1);
        assertThat(once).contains("'s red line (revision 1)\"");
        String twice = RuleSets.retitled(RuleSets.withRules(n).with("rules/" + RuleSets.CHANGED_FILE, once), 2);
        assertThat(twice).contains("'s red line (revision 2)\"").doesNotContain("revision 1");
    }

    @Test
    void copiesOfTheRulesWarnAsTheRulesDo() {
        RuleBase hundred = RuleBase.compile(RuleSets.withRules(100));
        assertThat(hundred.rules()).hasSize(100);
        CaseFile c = Fixtures.loadCase("russia-west-1990-2022");
        for (String d : List.of("2008-04-04", "2022-02-24")) {
            LocalDate day = LocalDate.parse(d);
            assertThat(levels(evaluator.evaluate(hundred, c, day))).isEqualTo(levels(evaluator.evaluate(Fixtures.rules(), c, day)));
        }
    }

    private static List<String> levels(Evaluation e) {
        return e.warnings().stream().map(w -> w.kind() + " " + w.actors() + " " + w.level() + " " + w.title()).toList();
    }

    /** The P17 and P20 warnings as the rules raise them: kind, actors, base and final-without-other-chains level, title. */
    private List<String> byRules(RuleBase rules, CaseFile c, LocalDate day) {
        List<String> found = new ArrayList<>();
        for (IssuedWarning w : evaluator.evaluate(rules, c, day).warnings()) {
            if (!CHAIN_KINDS.contains(w.kind())) continue;
            int rounds = w.levelSteps().stream().filter(s -> s.justification().rule().equals("Insecurity rises with each round of enlargement"))
                    .mapToInt(s -> s.steps()).sum();
            found.add(w.kind() + " " + w.actors() + " " + w.baseLevel() + "→" + w.baseLevel().shift(rounds) + " " + w.title());
        }
        found.sort(null);
        return found;
    }

    private static List<String> handWritten(CaseFile c, LocalDate day) {
        List<String> found = new ArrayList<>();
        for (HandWrittenChain.Found f : new HandWrittenChain(Fixtures.rules().parameters()).check(c, day)) {
            found.add(org.concert.vocabulary.Vocabulary.of(f.warning()).kind() + " " + f.warning().actors() + " " + f.warning().level() + "→" + f.level() + " " + f.warning().title());
        }
        found.sort(null);
        return found;
    }
}
