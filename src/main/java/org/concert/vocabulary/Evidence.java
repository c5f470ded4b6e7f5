package org.concert.vocabulary;

/**
 * A fact for or against one of the paper's competing explanations (§1) of a great power's conduct,
 * e.g. for {@code SECURITY_REACTION} of RUS: "NATO enlarged towards Russia on 1999-03-12". A rule writes
 * {@code weigh(FOR, SECURITY_REACTION, $power, $weight)}, the weight from the rule base's parameters and the
 * statement from its {@code @statement} template. Evidence is never written into a case: an evaluation sums it.
 */
public record Evidence(Explanation explanation, String actor, Stance stance, int weight, String statement) {

    public boolean supports() {
        return stance == Stance.FOR;
    }
}
