package org.concert.validation;

import org.concert.Fixtures;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules are validated before they are trusted: {@code docs/validation.md} must record the figures of the rules
 * in {@code rules/} (by their content hash). Whoever changes a rule or a parameter reruns
 * {@code java -jar target/concert.jar validate} and records before and after on both periods there.
 */
class ValidationRecordTest {

    @Test
    void docsValidationHoldsTheFiguresOfTheCurrentRules() throws Exception {
        String doc = Files.readString(Path.of("docs/validation.md"));
        String version = Fixtures.rules().version();
        assertThat(doc).as("docs/validation.md has no figures for rules " + version
                        + ": run `java -jar target/concert.jar validate` and record them (see 'When the rules change')")
                .contains("### Rules `" + version + "`");
    }
}
