package org.concert.casefile;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CodingSheetTest {

    private final List<CodingSheet.Unit> units = CodingSheet.units(CaseLibrary.load(Path.of("cases")).cases());

    @Test
    void theSheetHasEveryJudgementFieldOfEveryRealCaseAndNoValue() {
        assertThat(units).extracting(CodingSheet.Unit::unit)
                .contains("versailles-1919/versailles-1919/imposed", "versailles-1919/versailles-1919/acceptedBy/DEU",
                        "russia-west-1990-2022/budapest-1994/binding", "austria-1955/neutrality-1955/binding")
                .doesNotHaveDuplicates()
                .noneMatch(u -> u.startsWith("russia-west-budapest-only/"));
        String sheet = CodingSheet.blinded(units);
        Map<String, String> read = CodingSheet.read(new StringReader(sheet));
        assertThat(read).hasSize(units.size()).allSatisfy((unit, value) -> assertThat(value).as(unit).isEmpty());
        assertThat(sheet).contains("Treaty of Versailles").doesNotContain(",yes,").doesNotContain(",no,");
    }

    @Test
    void aFilledSheetIsReadBackAndAgreesWithTheCaseFilesWhenItCopiesThem() {
        StringBuilder filled = new StringBuilder(String.join(",", CodingSheet.HEADER)).append('\n');
        for (CodingSheet.Unit u : units) filled.append(u.unit()).append(",,,,,,,,,").append(u.value()).append(",\n");
        Map<String, String> read = CodingSheet.read(new StringReader(filled.toString()));
        assertThat(units).allSatisfy(u -> assertThat(read.get(u.unit())).isEqualTo(u.value()));
        assertThat(Agreement.alpha(units.stream().map(u -> List.of(u.value(), read.get(u.unit()))).toList())).isEqualTo(1.0);
    }

    @Test
    void aValueOtherThanYesOrNoIsRefusedWithItsLine() {
        String sheet = String.join(",", CodingSheet.HEADER) + "\nx/y/imposed,,,,,,,,,maybe,\n";
        assertThatThrownBy(() -> CodingSheet.read(new StringReader(sheet))).hasMessageContaining("line 1 (x/y/imposed)");
    }
}
