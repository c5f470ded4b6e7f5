package org.concert.validation;

import org.concert.casefile.CaseFile;
import org.concert.casefile.CaseLoader;
import org.concert.cli.ConcertCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code import} writes a dyad's generated case as a case file that loads and checks like any other. */
class ImportCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesTheCaseOfADyadAsACaseFile() {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = ConcertCli.run(new PrintWriter(out), new PrintWriter(err), "import", "--dyad", "RUS-POL", "--out", dir.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("dyad-RUS-POL.json").contains("merged russia-west-1990-2022");
        CaseFile c = CaseLoader.load(dir.resolve("dyad-RUS-POL.json"));
        assertThat(c.id()).isEqualTo("dyad-RUS-POL");
        assertThat(c.outcomes()).isEmpty();
        assertThat(c.actors()).extracting(a -> a.id()).contains("RUS", "POL");
    }
}
