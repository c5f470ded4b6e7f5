package org.concert.casefile;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AgreementTest {

    private static List<List<String>> units(String[]... coders) {
        List<List<String>> units = new ArrayList<>();
        for (int u = 0; u < coders[0].length; u++) {
            List<String> unit = new ArrayList<>();
            for (String[] coder : coders) unit.add(coder[u].equals(".") ? null : coder[u]);
            units.add(unit);
        }
        return units;
    }

    @Test
    void krippendorffsOwnExampleGivesNominalAlphaOf0743() {
        // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", the 4-observer, 12-unit example with missing values.
        List<List<String>> data = units(
                "1 2 3 3 2 1 4 1 2 . . .".split(" "),
                "1 2 3 3 2 2 4 1 2 5 . 3".split(" "),
                ". 3 3 3 2 3 4 2 2 5 1 .".split(" "),
                "1 2 3 3 2 4 4 1 2 5 1 .".split(" "));
        assertThat(Agreement.alpha(data)).isCloseTo(0.743, within(0.001));
    }

    @Test
    void twoCodersDisagreeingOnOneUnitOfFour() {
        List<List<String>> data = units("yes yes no yes".split(" "), "yes yes no no".split(" "));
        assertThat(Agreement.percent(data)).isEqualTo(0.75);
        assertThat(Agreement.alpha(data)).isCloseTo(1 - 7.0 * 2 / 30, within(1e-9));
    }

    @Test
    void perfectAgreementIsOneAndUnpairableUnitsAreLeftOut() {
        List<List<String>> data = units("yes no no .".split(" "), "yes no no yes".split(" "));
        assertThat(Agreement.alpha(data)).isEqualTo(1.0);
        assertThat(Agreement.percent(data)).isEqualTo(1.0);
        assertThat(Agreement.alpha(List.of(Arrays.asList("yes", null)))).isNaN();
    }
}
