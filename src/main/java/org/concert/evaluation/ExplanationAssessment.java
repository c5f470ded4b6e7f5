package org.concert.evaluation;

import java.util.List;

/**
 * How well one of the paper's competing explanations (§1: {@code P1} expansionism, {@code P2} regime
 * insecurity, {@code P3} security reaction) fits a great power's conduct on the facts known: the
 * evidence for and against it, each justified down to sourced facts, and a {@code strength} that is
 * the weight for minus the weight against. Nothing here is written into a case; rules derive it all.
 */
public record ExplanationAssessment(String explanation, String title, String actor, int strength,
                                    List<EvidenceItem> supporting, List<EvidenceItem> opposing) {
}
