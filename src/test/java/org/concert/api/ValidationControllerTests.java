package org.concert.api;

import org.concert.session.Evaluator;
import org.concert.server.CaseStore;
import org.concert.server.ServingRules;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The validation page's data: the report file as `validate` wrote it, read on every request; a problem until it exists. */
@ControllerSliceTest
class ValidationControllerTests {

    static final Path REPORT = tempFile();

    @DynamicPropertySource
    static void report(DynamicPropertyRegistry registry) {
        registry.add("concert.validation-report", REPORT::toString);
    }

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    CaseStore cases;
    @MockitoBean
    ServingRules rules;
    @MockitoBean
    Evaluator evaluator;

    @Test
    void servesTheLatestReportAndSaysSoWhenThereIsNone() throws Exception {
        Files.deleteIfExists(REPORT);
        var missing = mvc.get().uri("/api/validation").exchange();
        assertThat(missing).hasStatus(404);
        assertThat(missing).bodyJson().extractingPath("$.type").isEqualTo("urn:concert:problem:no-validation");
        assertThat(missing).bodyJson().extractingPath("$.detail").asString().contains("concert.jar validate");

        Files.writeString(REPORT, "{\"rules\": \"abc\"}");
        assertThat(mvc.get().uri("/api/validation").exchange()).hasStatusOk().bodyJson().extractingPath("$.rules").isEqualTo("abc");
        Files.writeString(REPORT, "{\"rules\": \"def\"}");
        assertThat(mvc.get().uri("/api/validation").exchange()).bodyJson().extractingPath("$.rules").isEqualTo("def");
    }

    @AfterAll
    static void clean() throws Exception {
        Files.deleteIfExists(REPORT);
    }

    private static Path tempFile() {
        try {
            Path dir = Files.createTempDirectory("validation");
            return dir.resolve("validation.json");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
