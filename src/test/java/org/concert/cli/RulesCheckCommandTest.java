package org.concert.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concert.cli.ConcertCliTest.run;

class RulesCheckCommandTest {

    @Test
    void theRepositoryRulesPassTheCheck() {
        ConcertCliTest.Run r = run("rules", "check");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("ok: the rules in rules pass validation and compile");
    }

    @Test
    void aFileWithForbiddenCodeIsNamedWithItsLineAndExits2(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("junctures.drl");
        Files.writeString(file, Files.readString(Path.of("rules/warnings/junctures.drl"))
                .replaceFirst("\\$who: Actor\\( id == \\$loser \\)", "\\$who: Actor( id == \\$loser, java.lang.Runtime.getRuntime().availableProcessors() > 0 )"));
        ConcertCliTest.Run r = run("rules", "check", file.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).containsPattern("rules/junctures\\.drl:13:\\d+: rule \".+\": .*Runtime");
    }

    @Test
    void aFileThatDoesNotCompileIsNamedWithItsLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.drl");
        Files.writeString(file, "package concert.rules;\nimport org.concert.casefile.*;\nrule \"x\" @proposition(\"P13\") @section(\"3\")\nwhen\n  Actor( colour == \"red\" )\nthen\nend\n");
        ConcertCliTest.Run r = run("rules", "check", file.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("rules/broken.drl:5");
    }
}
