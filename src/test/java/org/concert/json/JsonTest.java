package org.concert.json;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonTest {

    record Point(String name, int x) {
    }

    @Test
    void aDuplicateKeyIsRefusedNotSilentlyOverwritten() {
        assertThatThrownBy(() -> Json.mapper().readTree("{\"date\": \"1815-06-09\", \"date\": \"1815-06-22\"}"))
                .isInstanceOf(JacksonException.class).hasMessageContaining("Duplicate Object property \"date\"");
    }

    @Test
    void unknownPropertiesAndNullsAreLeftToTheSchema() {
        assertThat(Json.mapper().readValue("{\"name\": \"a\", \"x\": null, \"y\": 2}", Point.class)).isEqualTo(new Point("a", 0));
    }

    @Test
    void prettyIsIndentedLikeTheReports() {
        assertThat(Json.pretty(new Point("a", 1))).isEqualTo("{\n  \"name\" : \"a\",\n  \"x\" : 1\n}");
    }

    /** The application builds no JSON mapper of its own anywhere else: one configuration, one place. */
    @Test
    void noOtherJsonMapperIsBuiltInTheApplication() throws IOException {
        Path main = Path.of("src/main/java");
        try (Stream<Path> files = Files.walk(main)) {
            List<String> builders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.endsWith(Path.of("org/concert/json/Json.java")))
                    .filter(f -> read(f).matches("(?s).*(JsonMapper\\.builder\\(|new ObjectMapper\\(|JsonMapper\\.shared\\().*"))
                    .map(f -> main.relativize(f).toString()).toList();
            assertThat(builders).isEmpty();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
