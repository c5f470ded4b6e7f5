package org.concert.engine;

/**
 * A fact for or against one of the paper's competing explanations (§1) of a great power's conduct,
 * e.g. for {@code P3} about RUS: "NATO enlarged towards Russia on 1999-03-12". Rules insert it
 * logically from facts and conclusions; {@code weight} comes from the rule base's parameters.
 * Evidence is never written into a case: an {@link ExplanationAssessment} is built from it.
 */
public record Evidence(String explanation, String actor, boolean supports, int weight, String statement) {
}
