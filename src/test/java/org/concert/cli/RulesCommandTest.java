package org.concert.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class RulesCommandTest {

    @Test
    void rulesListsEveryPropositionWithItsRulesAndTheCasesTheyFireIn(@TempDir Path dir) throws Exception {
        Path md = dir.resolve("rules.md");
        ConcertCliTest.Run r = ConcertCliTest.run("rules", "--write", md.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        int rules = org.concert.Fixtures.rules().rules().size();
        assertThat(r.out()).isEqualTo("wrote " + md + ": 29 propositions: 29 encoded by " + rules + " rules, 0 declined\n");
        assertThat(Files.readString(md)).isEqualTo(Files.readString(Path.of("docs/rules.md")));
    }

    @Test
    void aPropositionNeitherEncodedNorDeclinedExitsWith1(@TempDir Path dir) throws Exception {
        Path rules = dir.resolve("rules");
        Files.createDirectories(rules);
        Files.copy(Path.of("src/test/resources/rulesets/unknown-proposition/propositions.yaml"), rules.resolve("propositions.yaml"));
        Files.writeString(rules.resolve("nothing.drl"), """
                package concert.test;
                import org.concert.casefile.*;
                import org.concert.vocabulary.*;
                rule "A rule deriving nothing the paper says"
                    @proposition("P13") @section("3") @paraphrase("x") @statement("{$id}")
                when
                    Actor( id == "none", $id: id )
                then
                    conclude(new Stake($id, $id));
                end
                """);
        Files.writeString(rules.resolve("propositions.yaml"), Files.readString(rules.resolve("propositions.yaml")) + """
                  - id: P14
                    section: "3"
                    title: Unequal partnership is exclusion
                    statement: A partner without a voice is excluded.
                """);
        Path cases = dir.resolve("cases");
        Files.createDirectories(cases);
        Files.copy(Path.of("cases/vienna-1815.json"), cases.resolve("vienna-1815.json"));
        ConcertCliTest.Run r = ConcertCliTest.run("rules", "--rules", rules.toString(), "--cases", cases.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("P14  §3  Unequal partnership is exclusion\n    NOT ENCODED and not declined");
        assertThat(r.err()).contains("P14: neither encoded by a rule nor declined with a reason in rules/propositions.yaml");
    }
}
