/**
 * The HTTP API under {@code /api}: stored cases and their evaluation as of a date, evaluation of a
 * case sent in the request, what-if, and the rule catalogue. Evaluations have exactly the JSON of
 * the CLI's {@code evaluate --format json}. Every error is an RFC 9457 {@code application/problem+json}
 * response ({@link org.concert.api.Problems}); bad input never gets a 5xx or a stack trace.
 * Controllers are thin and package-private; the work is done in {@code org.concert.server},
 * {@code org.concert.whatif} and the engine.
 */
package org.concert.api;
