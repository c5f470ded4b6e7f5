/**
 * Regression testing of historical cases: a case replayed over time ({@link org.concert.regression.Timeline}),
 * its expectations checked ({@link org.concert.regression.RegressionSuite}), the lead time of its
 * warnings before each outcome ({@link org.concert.regression.LeadTime}), the backtest over the whole
 * library ({@link org.concert.regression.Backtest}), and the cases most alike
 * ({@link org.concert.regression.SimilarCases}). Outcomes are read here, and only here, to score.
 */
package org.concert.regression;
