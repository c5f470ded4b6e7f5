package org.concert.whatif;

import org.concert.casefile.Level;
import org.concert.evaluation.IssuedWarning;
import org.concert.evaluation.Justification;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DifferenceTest {

    static IssuedWarning warning(String kind, Level level, String... actors) {
        Justification j = new Justification(null, "rule " + kind, "P1", "1", List.of(), List.of());
        return new IssuedWarning(kind, kind + " " + String.join("/", actors), level, level, List.of("P1"), List.of(actors), null, j, List.of());
    }

    @Test
    void aWarningOnlyAfterAppearedAndOneOnlyBeforeVanished() {
        IssuedWarning kept = warning("enlargement", Level.HIGH, "RUS", "NATO");
        IssuedWarning gone = warning("red-line", Level.CRITICAL, "RUS", "UKR");
        IssuedWarning come = warning("neutral", Level.NOTICE, "UKR");
        Difference d = Difference.between(List.of(gone, kept), List.of(kept, come));
        assertThat(d.vanished()).containsExactly(gone);
        assertThat(d.appeared()).containsExactly(come);
        assertThat(d.levelChanged()).isEmpty();
    }

    @Test
    void theSameKindAndActorsAtAnotherLevelIsALevelChangeNotANewWarning() {
        Difference d = Difference.between(List.of(warning("enlargement", Level.HIGH, "RUS", "NATO")),
                List.of(warning("enlargement", Level.ELEVATED, "RUS", "NATO")));
        assertThat(d.appeared()).isEmpty();
        assertThat(d.vanished()).isEmpty();
        assertThat(d.levelChanged()).containsExactly(
                new Difference.LevelChanged("enlargement", "enlargement RUS/NATO", List.of("RUS", "NATO"), Level.HIGH, Level.ELEVATED));
    }

    @Test
    void theSameKindForOtherActorsIsAnotherWarning() {
        Difference d = Difference.between(List.of(warning("red-line", Level.HIGH, "RUS", "UKR")),
                List.of(warning("red-line", Level.HIGH, "RUS", "GEO")));
        assertThat(d.vanished()).extracting(IssuedWarning::actors).containsExactly(List.of("RUS", "UKR"));
        assertThat(d.appeared()).extracting(IssuedWarning::actors).containsExactly(List.of("RUS", "GEO"));
    }

    @Test
    void identicalWarningsMakeNoDifference() {
        List<IssuedWarning> same = List.of(warning("a", Level.HIGH, "X"), warning("b", Level.NOTICE, "Y"));
        assertThat(Difference.between(same, same).isEmpty()).isTrue();
    }
}
