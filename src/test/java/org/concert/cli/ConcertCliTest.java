package org.concert.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ConcertCliTest {

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ConcertCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void evaluatePrintsTheWarningsAsAnIndentedTree() {
        Run r = run("evaluate", "cases/russia-west-1990-2022.json", "--as-of", "2008-04-04");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("HIGH      NATO promised membership to Ukraine")
                .contains("← rule \"Promising membership to a red-line buffer state crosses the red line\" (P20, §3)")
                .contains("source: NATO (2008), \"Bucharest Summit Declaration, paragraph 23\"");
    }

    @Test
    void evaluateInJsonHasTheDocumentedShape() throws Exception {
        Run r = run("evaluate", "cases/russia-west-1990-2022.json", "--as-of", "2008-04-04", "--format", "json");
        assertThat(r.exit()).isZero();
        var tree = org.concert.casefile.CaseLoader.mapper().readTree(r.out());
        assertThat(tree.get("case").asString()).isEqualTo("russia-west-1990-2022");
        assertThat(tree.get("asOf").asString()).isEqualTo("2008-04-04");
        var warning = tree.get("warnings").get(0);
        for (String field : new String[]{"title", "level", "propositions", "actors", "justification"}) {
            assertThat(warning.has(field)).as(field).isTrue();
        }
        var justification = warning.get("justification");
        for (String field : new String[]{"rule", "proposition", "section", "facts", "because"}) {
            assertThat(justification.has(field)).as(field).isTrue();
        }
        var fact = justification.get("facts").get(0);
        assertThat(fact.has("path") && fact.has("date") && fact.has("source")).isTrue();
        assertThat(justification.get("because").get(0).has("because")).isTrue();
    }

    @Test
    void aCaseWithAFactWithoutASourceExitsWith2AndTheLocatedError(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("x.json");
        String json = Files.readString(Path.of("cases/vienna-1815.json"));
        var tree = (tools.jackson.databind.node.ObjectNode) org.concert.casefile.CaseLoader.mapper().readTree(json);
        ((tools.jackson.databind.node.ObjectNode) tree.withArray("events").get(1)).remove("source");
        Files.writeString(bad, tree.toString());
        Run r = run("evaluate", bad.toString(), "--as-of", "1816-01-01");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(bad + ": $.events[1]: fact has no source");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aMalformedDateInACaseExitsWith2(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("x.json");
        Files.writeString(bad, Files.readString(Path.of("cases/vienna-1815.json")).replace("\"1815-06-22\"", "\"1815-13-22\""));
        Run r = run("evaluate", bad.toString(), "--as-of", "1816-01-01");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(": $.events[1].date: \"1815-13-22\" is not a date (YYYY-MM-DD)");
    }

    @Test
    void anUnknownActorExitsWith2(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("x.json");
        Files.writeString(bad, Files.readString(Path.of("cases/vienna-1815.json")).replace("\"losers\": [\n        \"FRA\"", "\"losers\": [\n        \"XXX\""));
        Run r = run("evaluate", bad.toString(), "--as-of", "1816-01-01");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("$.events[1].losers[0]: unknown actor or organisation id \"XXX\"");
    }

    @Test
    void aDrlSyntaxErrorExitsWith2NamingFileAndLine() {
        Run r = run("evaluate", "cases/vienna-1815.json", "--as-of", "1816-01-01", "--rules", "src/test/resources/rulesets/syntax-error");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).containsPattern("syntax-error/broken\\.drl:\\d+:\\d+: ");
    }

    @Test
    void aBadAsOfDateExitsWith2() {
        Run r = run("evaluate", "cases/vienna-1815.json", "--as-of", "1815-02-30");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--as-of: \"1815-02-30\" is not a date");
    }

    @Test
    void aRunawayRuleSetExitsWith2() {
        Run r = run("evaluate", "cases/vienna-1815.json", "--as-of", "1816-01-01", "--rules", "src/test/resources/rulesets/runaway");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("without settling");
    }

    @Test
    void theEvaluationLimitsCanBeSetLikeTheServers() {
        Run r = run("evaluate", "cases/vienna-1815.json", "--as-of", "1816-01-01", "--max-firings", "3");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("without settling");
        assertThat(run("evaluate", "cases/vienna-1815.json", "--as-of", "1816-01-01", "--max-evaluation-time", "30s").exit()).isZero();
    }

    @Test
    void aBadOptionValueExitsWith2NamingTheOptionWithoutTheUsage() {
        Run time = run("evaluate", "cases/vienna-1815.json", "--as-of", "1816-01-01", "--max-evaluation-time", "0s");
        assertThat(time.exit()).isEqualTo(2);
        assertThat(time.err()).isEqualTo("--max-evaluation-time: \"0s\" is not a positive duration (e.g. 10s, 500ms, 2m)" + System.lineSeparator());
        Run from = run("timeline", "vienna-1815", "--from", "1815-1-1");
        assertThat(from.exit()).isEqualTo(2);
        assertThat(from.err()).isEqualTo("--from: \"1815-1-1\" is not a date (YYYY-MM-DD)" + System.lineSeparator());
        assertThat(from.out()).isEmpty();
    }
}
