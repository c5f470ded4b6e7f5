/**
 * Rule authoring for analysts: {@link org.concert.authoring.RuleCheck} is the dry run, and
 * {@link org.concert.authoring.RuleGate} activates a change only after the default-deny validator
 * ({@link org.concert.rulebase.RuleAdmission}) admits it, it compiles and the whole regression suite
 * passes on a rule base built beside the serving one; then it writes the file and an audit record.
 */
package org.concert.authoring;
