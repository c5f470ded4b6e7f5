package org.concert.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concert.cli.ConcertCliTest.run;

class RegressionCommandsTest {

    @Test
    void regressPrintsATablePerCaseWritesJsonAndJunitReportsAndExitsZeroWhenAllPass(@TempDir Path out) throws Exception {
        ConcertCliTest.Run r = run("regress", "cases/russia-west-1990-2022.json", "cases/versailles-1919.json", "--out", out.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("[1/2] russia-west-1990-2022").contains("[2/2] versailles-1919");
        assertThat(r.out()).containsPattern("russia-west-1990-2022\\s+\\d+/\\d+ met\\s+\\d+/\\d+ met\\s+\\d+\\s+mid-3559-1992 1992-07-14: HIGH\\+ from ")
                .contains("written after the rules ran (regression guards)").contains("registered before the rules ran (forecasts)");
        assertThat(Files.readString(out.resolve("regression.json"))).contains("\"caseId\" : \"versailles-1919\"");
        assertThat(Files.readString(out.resolve("regression-junit.xml"))).contains("<testsuite name=\"russia-west-1990-2022\"");
    }

    @Test
    void regressExitsOneAndNamesTheFailureWhenAnExpectationFails(@TempDir Path dir) throws Exception {
        Path wrong = dir.resolve("wrong.json");
        // The theory does not expect Vienna to warn of a Diktat; claim it does.
        Files.writeString(wrong, Files.readString(Path.of("cases/vienna-1815.json"))
                .replace("\"cites\": \"P9\",\n      \"absent\": true", "\"cites\": \"P9\",\n      \"atLeast\": \"HIGH\""));
        ConcertCliTest.Run r = run("regress", wrong.toString(), "--out", dir.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("FAILED vienna-1815 › 1815-12-31 › a warning citing P9 at HIGH or above")
                .contains("expected a warning citing P9 at HIGH or above")
                .contains("rules involved:");
        assertThat(Files.readString(dir.resolve("regression-junit.xml"))).contains("<failure message=");
    }

    @Test
    void timelineDrawsTheLevelOverTimeAndListsWhenWarningsAppear() {
        ConcertCliTest.Run r = run("timeline", "versailles-1919", "--step", "year");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("HIGH     │").contains("█")
                .contains("1919-11-11 → (still on)  peak HIGH     Germany holds a grievance against the post-war settlement");
    }

    @Test
    void timelineRejectsABadStep() {
        ConcertCliTest.Run r = run("timeline", "versailles-1919", "--step", "fortnight");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--step: \"fortnight\" is not a step");
    }

    @Test
    void backtestWritesMarkdownAndJson(@TempDir Path out) throws Exception {
        ConcertCliTest.Run r = run("backtest", "--out", out.toString());
        assertThat(r.exit()).isZero();
        assertThat(Files.readString(out.resolve("backtest.md"))).startsWith("# Backtest").contains("| russia-west-1990-2022 |");
        assertThat(Files.readString(out.resolve("backtest.json"))).contains("\"totals\"");
    }

    @Test
    void similarRanksTheOtherCasesBySharedPropositions() {
        ConcertCliTest.Run r = run("similar", "versailles-1919", "--as-of", "1920-06-30");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Cases most alike versailles-1919 as of 1920-06-30").contains("vienna-1815").doesNotContain("  versailles-1919");
    }
}
