/**
 * The rule compiler: reads the analysts' rule files ({@link org.concert.rulebase.RuleFiles}: DRL, the
 * controlled language, parameters, propositions), checks every rule against the vocabulary and compiles it
 * into a {@link org.concert.rulebase.RuleBase}, or fails with every problem located at file, line and column.
 */
package org.concert.rulebase;
