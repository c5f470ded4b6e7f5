package org.concert.validation;

import org.concert.Fixtures;
import org.concert.cli.ConcertCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code validate} on two dyads, end to end: the reports are written, complete, and the same bytes on a second run. */
class ValidateEndToEndTest {

    @TempDir
    Path dir;

    private String validate(Path out) {
        StringWriter stdout = new StringWriter(), stderr = new StringWriter();
        int code = ConcertCli.run(new PrintWriter(stdout), new PrintWriter(stderr), "validate", "--dyad", "RUS-POL", "--dyad", "USA-MEX",
                "--bootstrap", "50", "--threads", "2", "--out", out.toString());
        assertThat(code).as(stderr.toString()).isZero();
        assertThat(stderr.toString()).contains("rules " + Fixtures.rules().version()).contains("validate [2/2]");
        return stdout.toString();
    }

    @Test
    void writesTheJsonAndTheReportWithEveryModelOnEveryOutcomeAndTheSameBytesTwice() throws Exception {
        String said = validate(dir.resolve("a"));
        assertThat(said).contains("Concert's AUC-PR is").contains("Against Persistence").contains("Against Peace-years logit");
        String json = Files.readString(dir.resolve("a/validation.json"));
        Results.Report report = Reports.read(json);
        assertThat(report.rules()).isEqualTo(Fixtures.rules().version());
        assertThat(report.population().dyads()).isEqualTo(2);
        assertThat(report.results()).hasSize(4 * 2 * 2);
        for (Results.Result r : report.results()) {
            assertThat(r.models()).extracting(Results.ModelResult::model)
                    .containsExactly(Arrays.stream(Model.values()).map(Model::title).toArray(String[]::new));
            assertThat(r.dyadMonths()).isPositive();
        }
        Results.Result headline = Reports.find(report, "MID_FORCE", 24, "TEST");
        assertThat(headline.onsets()).isPositive();
        Results.ModelResult always = headline.models().get(Model.ALWAYS.ordinal());
        assertThat(always.recall().value()).isEqualTo(1.0);
        // A constant alarm ranks nothing: its AUC-PR is the share of months before an onset.
        assertThat(always.aucPr().value()).isCloseTo((double) headline.positiveMonths() / headline.dyadMonths(), org.assertj.core.api.Assertions.within(1e-6));
        assertThat(headline.models().get(Model.CONCERT.ordinal()).levels()).hasSize(4);
        assertThat(headline.models().get(Model.CONCERT.ordinal()).curve()).isNotEmpty();
        assertThat(report.logits()).hasSize(4 * 2);
        assertThat(Files.readString(dir.resolve("a/report.md"))).contains("Rules `" + report.rules() + "`").contains("| Peace-years logit |");

        validate(dir.resolve("b"));
        assertThat(Files.readString(dir.resolve("b/validation.json"))).isEqualTo(json);
    }

    @Test
    void anUnknownDyadIsBadInput() {
        StringWriter stderr = new StringWriter();
        int code = ConcertCli.run(new PrintWriter(new StringWriter()), new PrintWriter(stderr), "validate", "--dyad", "XXX-YYY",
                "--out", dir.toString());
        assertThat(code).isEqualTo(ConcertCli.BAD_INPUT);
        assertThat(stderr.toString()).contains("no dyad to validate: none of [XXX-YYY]");
    }
}
