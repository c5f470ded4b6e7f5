package org.concert.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The latest validation on the record, as {@code java -jar target/concert.jar validate} wrote it: the server reads
 * the file named by {@code concert.validation-report} (default {@code target/validation/validation.json}, relative to
 * the working directory) on every request, so a new run shows without a restart. The page {@code /validation.html}
 * draws it.
 */
@RestController
@Tag(name = "validation", description = "Concert scored on the record against baselines")
class ValidationController {

    private final Path report;

    ValidationController(@Value("${concert.validation-report:target/validation/validation.json}") Path report) {
        this.report = report;
    }

    @Operation(summary = "The latest validation report (404 until `validate` has been run)")
    @GetMapping(value = "/api/validation", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> validation() {
        try {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(Files.readAllBytes(report));
        } catch (IOException e) {
            throw new ProblemException(HttpStatus.NOT_FOUND, "no-validation", "No validation report",
                    "no validation report at " + report + ": run `java -jar target/concert.jar validate` first", e);
        }
    }
}
