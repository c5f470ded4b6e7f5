package org.concert.api;

import org.concert.session.Evaluator;
import org.concert.rulebase.RuleBase;
import org.concert.server.CaseStore;
import org.concert.server.ServingRules;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@ControllerSliceTest
class WhatIfControllerTests {

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    CaseStore cases;
    @MockitoBean
    ServingRules rules;
    @MockitoBean
    Evaluator evaluator;

    @Test
    void anUnknownStoredCaseIsA404BeforeAnyEvaluation() {
        when(cases.find("nope")).thenReturn(Optional.empty());
        when(rules.current()).thenReturn(mock(RuleBase.class));
        assertThat(mvc.post().uri("/api/what-if?asOf=2008-04-04").contentType(MediaType.APPLICATION_JSON)
                .content("{\"caseId\": \"nope\", \"changes\": {}}"))
                .hasStatus(404).hasContentType("application/problem+json");
        verify(evaluator, never()).evaluate(any(), any(), any());
    }

    @Test
    void aRequestOfTheWrongShapeIsRefusedBeforeTheCaseIsLookedUp() {
        assertThat(mvc.post().uri("/api/what-if?asOf=2008-04-04").contentType(MediaType.APPLICATION_JSON)
                .content("{\"caseId\": 1, \"changes\": []}"))
                .hasStatus(422).bodyJson().extractingPath("$.errors[*].path").asArray().containsExactly("$.caseId", "$.changes");
        verify(cases, never()).find(any());
    }

    @Test
    void aBodyOverTheLimitIsRefusedByTheFilter() {
        assertThat(mvc.post().uri("/api/what-if?asOf=2008-04-04").contentType(MediaType.APPLICATION_JSON)
                .content(new byte[1_048_577]))
                .hasStatus(413).bodyJson().extractingPath("$.type").isEqualTo("urn:concert:problem:body-too-large");
    }
}
