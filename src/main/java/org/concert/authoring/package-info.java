/**
 * Rule authoring for analysts: {@link org.concert.authoring.RuleValidator} checks rule files on the
 * parsed DRL for code that does not belong in a rule (Drools has no sandbox on Java 17+), and
 * {@link org.concert.authoring.RuleGate} activates a change only after it compiles and the whole
 * regression suite passes on a rule base built beside the serving one, then writes the file and an
 * audit record.
 */
package org.concert.authoring;
