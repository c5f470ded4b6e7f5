/**
 * What-if: a case (stored or sent inline) with facts added, removed or replaced, evaluated before
 * and after with the same rule base, and the difference in warnings. Changes are made to the case's
 * JSON and checked by {@link org.concert.casefile.CaseLoader#fromTree} like any case, and every
 * error is traced back to the part of the request that caused it (e.g. {@code $.changes.add[0].date}).
 * Plain Java, no Spring: the HTTP endpoint is in {@code org.concert.api}.
 */
package org.concert.whatif;
