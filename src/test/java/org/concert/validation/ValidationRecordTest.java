package org.concert.validation;

import org.concert.Fixtures;
import org.concert.validation.facts.ValidationInputs;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules are validated before they are trusted: {@code docs/validation.md} must record the figures of the rules
 * in {@code rules/} (by their content hash) on the inputs in {@code data/} and {@code cases/} (by theirs). Whoever changes
 * a rule, a parameter, a data set or a library case reruns {@code java -jar target/concert.jar validate} and records
 * before and after on both periods there.
 */
class ValidationRecordTest {

    @Test
    void docsValidationHoldsTheFiguresOfTheCurrentRulesAndInputs() throws Exception {
        String doc = Files.readString(Path.of("docs/validation.md"));
        String heading = "### Rules `" + Fixtures.rules().version() + "`, inputs `"
                + ValidationInputs.hash(Path.of("data"), Path.of("cases"), true) + "`";
        assertThat(doc).as("docs/validation.md has no section '" + heading
                        + "': run `java -jar target/concert.jar validate` and record its figures (see 'When the rules change')")
                .contains(heading);
    }
}
