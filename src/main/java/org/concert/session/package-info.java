/**
 * Running the rules on a case: {@link org.concert.session.Evaluator} evaluates a case as of a date in a
 * {@link org.concert.session.CaseSession} (a pooled Drools session, its watchdog and the replay of the case's
 * facts, incremental for timelines), and an evaluation builder turns what the session holds into an
 * evaluation, choosing each justification among the rule firings that support it.
 */
package org.concert.session;
