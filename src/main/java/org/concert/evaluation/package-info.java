/**
 * What an evaluation says, as users see it: an {@link org.concert.evaluation.Evaluation} of conclusions,
 * warnings with their level steps and assessments of the competing explanations, each with a
 * {@link org.concert.evaluation.Justification} tree down to sourced case facts. Plain records, in a fixed order.
 */
package org.concert.evaluation;
