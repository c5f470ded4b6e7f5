package org.concert.rulebase;

import org.concert.Fixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PropositionListTest {

    @Test
    void aRuleCitingAnIdThatIsNotInPropositionsYamlIsRefusedWithFileAndLine() {
        assertThatThrownBy(() -> RuleBase.load(Fixtures.ruleSet("unknown-proposition")))
                .isInstanceOf(RuleBaseException.class)
                .hasMessage("unknown-proposition/cites.drl:7:19: rule \"A rule citing a proposition the paper does not have\": "
                        + "@proposition(\"P99\") is not in unknown-proposition/propositions.yaml");
    }

    @Test
    void theRepositoryRulesCarryTheirPropositionList() {
        Propositions list = Fixtures.rules().propositions();
        assertThat(list.file()).isEqualTo("rules/propositions.yaml");
        assertThat(list.find("P20")).get().satisfies(p -> {
            assertThat(p.section()).isEqualTo("3");
            assertThat(p.title()).isEqualTo("Crossing the red line");
        });
        assertThat(list.sections()).containsKeys("1", "2", "3", "4");
    }

    @Test
    void aPropositionWithoutAStatementIsRefused() {
        assertThatThrownBy(() -> Propositions.parse("""
                sections: {"3": Junctures}
                propositions:
                  - {id: P13, section: "3", title: Alliance without an adversary}
                """, "rules/propositions.yaml"))
                .isInstanceOf(RuleBaseException.class)
                .hasMessage("rules/propositions.yaml: P13: needs section, title and statement");
    }
}
