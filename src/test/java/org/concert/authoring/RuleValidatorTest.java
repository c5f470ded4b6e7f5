package org.concert.authoring;

import org.concert.Fixtures;
import org.concert.rulebase.RuleFiles;
import org.concert.rulebase.RuleProblem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RuleValidatorTest {

    private static final String HEADER = """
            package concert.rules;

            import org.concert.casefile.*;
            import org.concert.vocabulary.*;
            import java.util.List;

            """;

    private static String rule(String when, String then) {
        return HEADER + """
                rule "A probe"
                    @proposition("P11") @section("3") @statement("a stake")
                when
                    %s
                then
                    %s
                end
                """.formatted(when, then);
    }

    private static List<RuleProblem> check(String drl) {
        return RuleValidator.check(new RuleFiles(Map.of("rules/probe.drl", drl)));
    }

    @Test
    void theRepositoryRulesAreClean() {
        assertThat(RuleValidator.check(RuleFiles.read(Fixtures.RULES))).isEmpty();
    }

    @Test
    void anOrdinaryRuleIsClean() {
        assertThat(check(rule("$a: Actor( region == \"Europe\", !borders.isEmpty(), $id: id )", "conclude(new Stake($id, $id));"))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "System.exit in a consequence        | $a: Actor()                        | System.exit(0);                                   | System",
            "a file in a consequence             | $a: Actor()                        | new java.io.File(\"/etc/passwd\").delete();       | java.io.File",
            "Runtime in a consequence            | $a: Actor()                        | Runtime.getRuntime().exec(\"ls\");                | Runtime",
            "reflection in a consequence         | $a: Actor()                        | $a.getClass().getMethod(\"id\").invoke($a);       | getClass",
            "a thread in a consequence           | $a: Actor()                        | new Thread(() -> {}).start();                     | Thread",
            "class loading in a consequence      | $a: Actor()                        | Class.forName(\"x.Y\");                           | Class",
            "an endless loop in a consequence    | $a: Actor()                        | while (true) { }                                  | loops",
            "the engine in a consequence         | $a: Actor()                        | drools.getKieRuntime().halt();                    | drools",
            "System in a condition               | $a: Actor( id == System.getenv(\"X\") ) | conclude(new Stake($a, $a));       | System",
            "reflection in a condition           | $a: Actor( getClass() != null )    | conclude(new Stake($a, $a));       | getClass",
            "a process in a from clause          | $s: String() from new ProcessBuilder(\"ls\").command() | conclude(new Stake($s, $s)); | ProcessBuilder",
            "an unknown fact type                | $r: java.lang.Runtime()            | conclude(new Stake($a, $a));       | unknown fact type",
            "a network call                      | $a: Actor()                        | new java.net.URL(\"http://x\").openStream();      | java.net",
    })
    void forbiddenCodeIsFoundOnTheParsedRule(String what, String when, String then, String named) {
        List<RuleProblem> problems = check(rule(when, then));
        assertThat(problems).as(what).isNotEmpty();
        assertThat(problems.get(0).toString()).as(what).startsWith("rules/probe.drl:").contains(named);
    }

    @Test
    void aForbiddenImportIsNamedWithItsLine() {
        List<RuleProblem> p = check(HEADER.replace("import java.util.List;", "import java.io.File;") + "rule \"x\" @proposition(\"P1\") @section(\"1\") when then end");
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.line()).isEqualTo(5);
            assertThat(x.message()).startsWith("import java.io.File is not allowed");
        });
    }

    @Test
    void functionsGlobalsAndDeclarationsAreRefused() {
        String drl = HEADER + """
                global java.util.List sink;
                function void leak() { }
                declare Secret name : String end
                rule "x" @proposition("P1") @section("1") when then end
                """;
        assertThat(check(drl)).extracting(RuleProblem::message).anyMatch(m -> m.startsWith("globals are not allowed"))
                .anyMatch(m -> m.startsWith("function blocks are not allowed")).anyMatch(m -> m.startsWith("declare is not allowed"));
    }

    @Test
    void aUnicodeEscapeThatCouldHideCodeIsRefused() {
        assertThat(check(rule("$a: Actor()", "String s = \"\\u0022); System.exit(0); //\";")))
                .singleElement().satisfies(p -> assertThat(p.message()).startsWith("unicode escapes"));
    }

    @Test
    void aStringThatMerelyMentionsSystemIsFine() {
        assertThat(check(rule("$a: Actor( name != \"System.exit is not called here\", $id: id )", "conclude(new Stake($id, $id));"))).isEmpty();
    }

    @Test
    void forbiddenCodeIsReportedOnItsOwnLine() {
        String drl = rule("$a: Actor()", "String s = $a.id();\n    System.exit(0);");
        int line = java.util.Arrays.asList(drl.split("\n")).indexOf("    System.exit(0);") + 1;
        assertThat(check(drl)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).isEqualTo("rule \"A probe\": System, exit(…) are not allowed in a rule's consequence");
        });
    }
}
