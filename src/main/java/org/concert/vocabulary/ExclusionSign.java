package org.concert.vocabulary;

/**
 * A sign that a great power is kept out of the security order (P13–P15, P17): excluded, an unequal
 * partner, refused, enlarged towards. Rules that weigh exclusion as a whole match this.
 */
public sealed interface ExclusionSign extends Conclusion permits ExcludedGreatPower, UnequalPartnership, RefusedMembership, EnlargementTowards {

    /** The great power kept out. */
    String power();
}
