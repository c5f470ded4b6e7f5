package org.concert.evaluation;

/** One step in a warning's level: an aggravating or mitigating proposition, justified like any conclusion. */
public record LevelStep(int steps, String reason, Justification justification) {
}
