package org.concert.casefile;

import java.time.LocalDate;
import java.util.List;

/**
 * How a case's outcomes are chosen (docs/codebook.md, "Outcomes by rule"): between which principal
 * parties ({@code sideA} against {@code sideB}) and over which window, with why these parties and this
 * window. Within it the codebook's rules select the outcomes from the dispute and war data, so no author
 * picks them; a case with no outcome is quiet over exactly this window and these parties.
 * {@code counterfactual} cases have no outcomes: history went another way.
 */
public record OutcomeRule(List<String> sideA, List<String> sideB, LocalDate from, LocalDate to,
                          Boolean counterfactual, String reason) {

    public OutcomeRule {
        sideA = sideA == null ? List.of() : List.copyOf(sideA);
        sideB = sideB == null ? List.of() : List.copyOf(sideB);
    }

    public boolean isCounterfactual() {
        return Boolean.TRUE.equals(counterfactual);
    }
}
