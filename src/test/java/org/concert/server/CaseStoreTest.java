package org.concert.server;

import org.concert.Fixtures;
import org.concert.casefile.CaseLoader;
import org.concert.casefile.InvalidCaseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseStoreTest {

    @Test
    void keepsEveryCaseWithTheJsonItWasReadFrom() throws Exception {
        CaseStore store = CaseStore.load(Fixtures.CASES);
        assertThat(store.all()).extracting(StoredCase::id)
                .containsExactlyElementsOf(org.concert.casefile.CaseLibrary.load(Fixtures.CASES).cases().stream().map(c -> c.id()).toList())
                .contains("russia-west-1990-2022", "versailles-1919", "vienna-1815");
        StoredCase vienna = store.find("vienna-1815").orElseThrow();
        assertThat(vienna.json()).isEqualTo(CaseLoader.mapper().readTree(Files.readString(Path.of("cases/vienna-1815.json"))));
        assertThat(vienna.caseFile().events()).isNotEmpty();
        assertThat(store.find("nope")).isEmpty();
    }

    @Test
    void oneBadFileRefusesTheWholeDirectory(@TempDir Path dir) throws Exception {
        Files.copy(Path.of("cases/vienna-1815.json"), dir.resolve("vienna-1815.json"));
        Files.writeString(dir.resolve("bad.json"), "{\"id\": \"bad\"}");
        assertThatThrownBy(() -> CaseStore.load(dir)).isInstanceOf(InvalidCaseException.class).hasMessageContaining("bad.json");
    }
}
