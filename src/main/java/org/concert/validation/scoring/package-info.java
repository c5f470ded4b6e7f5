/**
 * Scoring functions, each pure and tested on small hand-computed examples: precision, recall, F1, false alarms and
 * lead time of an alarm ({@link org.concert.validation.scoring.AlarmScore}), average precision and the
 * precision–recall curve of a score ({@link org.concert.validation.scoring.Ranking}), the Brier score and
 * calibration table ({@link org.concert.validation.scoring.Brier}), logistic regression by Commons Math's
 * optimiser ({@link org.concert.validation.scoring.Logistic}) and the dyad-clustered bootstrap
 * ({@link org.concert.validation.scoring.Bootstrap}).
 */
package org.concert.validation.scoring;
