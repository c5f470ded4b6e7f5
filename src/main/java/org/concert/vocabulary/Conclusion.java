package org.concert.vocabulary;

/**
 * Something the rules derive from facts, one record type per kind with named roles, e.g.
 * {@code BufferState(state: UKR, power: RUS)}: "Russia regards Ukraine as a buffer state". A rule concludes
 * it with {@code conclude(new BufferState($state, $power))}; the engine adds the {@code statement}, filled
 * from the rule's {@code @statement} template. Rules insert it logically, so it disappears when its grounds do.
 * Warnings rest on conclusions; conclusions never warn by themselves.
 */
public sealed interface Conclusion permits AbsentGreatPower, AllianceWithoutAdversary, AutonomyAgreed, BalanceOfPower, BrokenAssurance, BufferState, CollectiveSecurity, CollectiveSecurityActing, Grievance, GuaranteedNeutral, Imbalance, IncludedLoser, InclusiveOrder, Juncture, LosingNuclearPower, RedLine, RipeForTalks, SelfHelp, SettlementUnderDuress, Stake, UnacceptedSettlement, ExclusionSign {

    /** The sentence for people, from the concluding rule's template. */
    String statement();
}
