package org.concert.vocabulary;

/**
 * A warning that a party resents a peace settlement (P9, P24): a post-war grievance or the risk of
 * further rounds of violence. Rules that soften it once the party is included (P8) match this.
 */
public sealed interface SettlementWarning extends Warning permits PostWarGrievance, Recurrence {

    /** The party that resents the settlement. */
    String aggrieved();
}
