/**
 * The standard conflict data sets in {@code data/}, read into typed rows that remember their line. Fact data
 * ({@link org.concert.validation.data.FactData}) and outcome data ({@link org.concert.validation.data.OutcomeData})
 * are loaded apart, so what feeds the importer cannot hold a dispute, a war or a conflict.
 */
package org.concert.validation.data;
