/**
 * What happened, read from the outcome data sets (MID 5.0, COW wars, UCDP/PRIO): onsets to score warnings against,
 * and the disputes the persistence and peace-years baselines use. Nothing here becomes a case fact.
 */
package org.concert.validation.outcomes;
