package org.concert.server;

import org.concert.Fixtures;
import org.concert.rulebase.RuleBase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServingRulesTest {

    @Test
    void aReplacedRuleBaseIsServedFromThenOnWhileEarlierSnapshotsStayAsTheyWere() {
        RuleBase first = Fixtures.rules();
        RuleBase second = RuleBase.load(Fixtures.ruleSet("runaway"));
        ServingRules serving = new ServingRules(first);
        RuleBase snapshot = serving.current();
        assertThat(serving.replace(second)).isSameAs(first);
        assertThat(serving.current()).isSameAs(second);
        assertThat(snapshot).isSameAs(first);
    }
}
