/**
 * Case files: the sourced facts an analyst writes about a historical situation, read from JSON,
 * checked against {@code cases/case.schema.json} and the rules a schema cannot express, and cut
 * down to what was known at a given date. Everything the rules may see is a {@link CaseFact};
 * outcomes and expectations are kept apart and never become facts.
 */
package org.concert.casefile;
