/**
 * Validation on the record: every great power–neighbour dyad's case made from the data sets in {@code data/}
 * ({@link org.concert.validation.facts}), replayed month by month with the rules frozen by their hash, and scored
 * against what happened ({@link org.concert.validation.outcomes}) beside the baselines
 * ({@link org.concert.validation.baselines}) with the functions of {@link org.concert.validation.scoring}. The unit
 * of work ({@link org.concert.validation.DyadUnit} → {@link org.concert.validation.DyadTimeline}) touches the engine
 * only through its public entry points: a rule base, a case file, {@code Timeline.replay}.
 */
package org.concert.validation;
