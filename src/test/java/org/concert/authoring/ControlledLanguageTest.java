package org.concert.authoring;

import org.concert.Fixtures;
import org.concert.rulebase.RuleBase;
import org.concert.rulebase.RuleBaseException;
import org.concert.rulebase.RuleFiles;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The controlled language (rules/concert.dsl): the exclusion and buffer-state themes are written in it
 * and nowhere else, their sentences need no Java, every sentence is used, and a sentence the language
 * does not have is an error at its line. That the themes conclude what their DRL did is shown by the
 * Golden fingerprints (docs/performance.md), unchanged by the move.
 */
class ControlledLanguageTest {

    static final List<String> THEMES = List.of("rules/conclusions/exclusion.dslr", "rules/warnings/exclusion.dslr",
            "rules/conclusions/buffer-states.dslr", "rules/warnings/buffer-states.dslr");

    private static final Pattern SENTENCE = Pattern.compile("(?m)^\\[(when|then)]([^=]+)=");

    private final RuleFiles files = RuleFiles.read(Fixtures.RULES);

    @Test
    void theExclusionAndBufferStateThemesShipOnlyInTheControlledLanguage() {
        assertThat(files.texts()).containsKeys(THEMES.toArray(String[]::new));
        for (String theme : THEMES) assertThat(files.texts()).doesNotContainKey(theme.replace(".dslr", ".drl"));
        assertThat(Fixtures.RULES.resolve("examples")).doesNotExist();
        assertThat(Fixtures.rules().rules()).filteredOn(r -> r.file().endsWith(".dslr")).hasSize(18)
                .allSatisfy(r -> assertThat(r.role()).as(r.name()).isNotNull());
    }

    @Test
    void anAnalystSentenceNeedsNoJava() {
        for (String theme : THEMES) {
            String text = files.texts().get(theme);
            int at = 0;
            while ((at = text.indexOf("\nwhen\n", at)) >= 0) {
                String body = text.substring(at, text.indexOf("\nend", at));
                assertThat(body).as(theme).doesNotContain("(", ")", "$", ";", "==", "\"");
                at += body.length();
            }
        }
    }

    @Test
    void everySentenceOfTheLanguageIsUsedByAShippedRule() {
        String dsl = files.texts().get("rules/concert.dsl");
        StringBuilder rules = new StringBuilder();
        files.texts().forEach((name, text) -> {
            if (name.endsWith(".dslr")) rules.append(text).append('\n');
        });
        List<String> unused = new ArrayList<>();
        Matcher m = SENTENCE.matcher(dsl);
        while (m.find()) {
            String sentence = m.group(2).strip();
            Pattern used = Pattern.compile("(?m)^\\s*" + Pattern.quote(sentence).replaceAll("\\{\\w+}", "\\\\E\\\\S+\\\\Q") + "\\s*$");
            if (!used.matcher(rules).find()) unused.add(sentence);
        }
        assertThat(unused).as("sentences no rule uses").isEmpty();
    }

    @Test
    void aSentenceTheLanguageDoesNotHaveIsAnErrorAtItsLine() {
        String theme = "rules/warnings/buffer-states.dslr";
        String text = files.texts().get(theme).replace("the alliance excludes the great power", "the alliance snubs the great power");
        int line = List.of(text.split("\n", -1)).indexOf("    the alliance snubs the great power") + 1;
        RuleBaseException e = catchThrowableOfType(RuleBaseException.class, () -> RuleBase.compile(files.with(theme, text)));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(theme);
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).isEqualTo("no sentence of the controlled language (.dsl) reads \"the alliance snubs the great power\"");
        });
    }

    @Test
    void aSentenceExpandsIntoCheckedDrlSoATypoInTheLanguageIsCaughtAtTheRuleThatUsesIt() {
        String dsl = files.texts().get("rules/concert.dsl").replace("UnequalPartnership( power == $power )", "UnequalPartnership( powr == $power )");
        RuleBaseException e = catchThrowableOfType(RuleBaseException.class, () -> RuleBase.compile(files.with("rules/concert.dsl", dsl)));
        String theme = "rules/warnings/exclusion.dslr";
        int line = List.of(files.texts().get(theme).split("\n", -1)).indexOf("    the great power is an unequal partner") + 1;
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(theme);
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).contains("UnequalPartnership has no role or property powr");
        });
    }

    @Test
    void theLanguageIsCleanForTheValidator() {
        assertThat(org.concert.rulebase.RuleAdmission.validate(files)).isEmpty();
    }
}
