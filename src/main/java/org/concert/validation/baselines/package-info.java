/**
 * The baselines Concert is scored against, on the same dyad-months: always warn, persistence (a dispute in the last
 * twelve months), the three-trigger rule (read from the same case facts), rivalry present, and the peace-years
 * logit's predictors ({@link org.concert.validation.baselines.Covariates}).
 */
package org.concert.validation.baselines;
