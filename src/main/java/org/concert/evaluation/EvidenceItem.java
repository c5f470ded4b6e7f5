package org.concert.evaluation;

/** One piece of evidence as users see it: what it says, how much it weighs, and why it holds. */
public record EvidenceItem(String statement, int weight, Justification justification) {
}
