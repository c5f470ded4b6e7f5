package org.concert.api;

import org.concert.Fixtures;
import org.concert.casefile.CaseFile;
import org.concert.evaluation.Evaluation;
import org.concert.session.Evaluator;
import org.concert.rulebase.Propositions;
import org.concert.rulebase.RuleBase;
import org.concert.rulebase.RuleInfo;
import org.concert.server.CaseStore;
import org.concert.server.ServingRules;
import org.concert.server.StoredCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@ControllerSliceTest
class CatalogueControllerTests {

    static final String PROPOSITIONS = """
            sections: {"1": "Explanations", "3": "Junctures"}
            propositions:
              - {id: P3, section: "1", title: Security reaction, statement: A great power left outside reacts.}
              - {id: P20, section: "3", title: Crossing the red line, statement: A promise across a red line is dangerous.}
              - {id: P29, section: "1", title: Capability, statement: Compare ratios., declined: not measurable here}
            """;

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    CaseStore cases;
    @MockitoBean
    ServingRules rules;
    @MockitoBean
    Evaluator evaluator;

    CaseFile vienna;

    @BeforeEach
    void oneStoredCase() {
        vienna = Fixtures.loadCase("vienna-1815");
        when(cases.all()).thenReturn(List.of(new StoredCase(vienna, null)));
        when(evaluator.evaluate(any(), eq(vienna), any()))
                .thenAnswer(call -> new Evaluation("vienna-1815", vienna.title(), call.getArgument(2), "v1", List.of(), List.of()));
    }

    @Test
    void groupsThePropositionsBySectionInThePapersOrderWithTheirRules() {
        RuleBase v1 = ruleBase("v1");
        when(rules.current()).thenReturn(v1);
        assertThat(mvc.get().uri("/api/catalogue")).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.sections[0].section", s -> assertThat(s).asString().isEqualTo("1"))
                .hasPathSatisfying("$.sections[0].propositions[0].rules[0].name", n -> assertThat(n).asString().isEqualTo("Reaction"))
                .hasPathSatisfying("$.sections[0].propositions[0].rules[0].firesIn", f -> assertThat(f).asList().isEmpty())
                .hasPathSatisfying("$.sections[0].propositions[1].declined", d -> assertThat(d).asString().isEqualTo("not measurable here"))
                .hasPathSatisfying("$.sections[1].propositions[0].id", id -> assertThat(id).asString().isEqualTo("P20"))
                .hasPathSatisfying("$.cases", c -> assertThat(c).asList().containsExactly("vienna-1815"));
    }

    @Test
    void isBuiltOnceForTheRulesServedAndAgainWhenTheyAreReplaced() {
        RuleBase v1 = ruleBase("v1");
        RuleBase v2 = ruleBase("v2");
        when(rules.current()).thenReturn(v1);
        assertThat(mvc.get().uri("/api/catalogue")).hasStatusOk().bodyJson().extractingPath("$.rules").isEqualTo("v1");
        verify(evaluator, atLeastOnce()).evaluate(any(), any(), any());
        clearInvocations(evaluator);

        assertThat(mvc.get().uri("/api/catalogue")).hasStatusOk();
        verify(evaluator, never()).evaluate(any(), any(), any());

        when(rules.current()).thenReturn(v2);
        assertThat(mvc.get().uri("/api/catalogue")).hasStatusOk().bodyJson().extractingPath("$.rules").isEqualTo("v2");
        verify(evaluator, atLeastOnce()).evaluate(any(), any(), any());
    }

    private static RuleBase ruleBase(String version) {
        RuleBase rules = mock(RuleBase.class);
        when(rules.version()).thenReturn(version);
        when(rules.propositions()).thenReturn(Propositions.parse(PROPOSITIONS, "propositions.yaml"));
        when(rules.rules()).thenReturn(List.of(
                new RuleInfo("Red line", "P20", "3", "A promise across the red line.", "rules/warnings/x.drl", 3, RuleInfo.WARNS, "HIGH"),
                new RuleInfo("Reaction", "P3", "1", "An excluded power reacts.", "rules/conclusions/y.drl", 5, RuleInfo.WEIGHS, "for P3")));
        return rules;
    }
}
