package org.concert.whatif;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.concert.evaluation.IssuedWarning;

import java.time.LocalDate;
import java.util.List;

/** The warnings of a case as of a date before and after the changes (same rule base), and the difference. */
public record WhatIfResult(@JsonProperty("case") String caseId, String title, LocalDate asOf, String rules,
                           List<IssuedWarning> before, List<IssuedWarning> after, Difference difference) {
}
