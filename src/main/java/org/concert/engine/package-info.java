/**
 * The rule engine: compiles the analysts' DRL from disk into a {@link org.concert.engine.RuleBase},
 * evaluates a case as of a date ({@link org.concert.engine.Evaluator}, {@link org.concert.engine.CaseSession}),
 * and explains every warning with a {@link org.concert.engine.Justification} tree down to sourced case facts.
 * Rules insert the vocabulary in this package: {@link org.concert.engine.Conclusion} (what follows),
 * {@link org.concert.engine.Warning} (what to worry about) and {@link org.concert.engine.LevelChange}
 * (why a warning is higher or lower), and {@link org.concert.engine.Evidence} for or against one of the paper's
 * competing explanations, which an evaluation sums into {@link org.concert.engine.ExplanationAssessment}s;
 * thresholds arrive as {@link org.concert.engine.Parameter} facts, and {@link org.concert.engine.Propositions}
 * lists the proposition ids rules may cite.
 */
package org.concert.engine;
