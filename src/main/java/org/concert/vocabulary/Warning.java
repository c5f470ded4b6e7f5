package org.concert.vocabulary;

import org.concert.casefile.Level;

import java.util.List;

/**
 * A warning as a rule raises it, one record type per kind with named roles, e.g.
 * {@code RedLineCrossed(power: RUS, state: UKR, alliance: NATO)}, at a base level, with a title from the
 * rule's {@code @statement} template. A rule raises it with {@code warn(HIGH, new RedLineCrossed($power, $state, $alliance))}.
 * The level shown to users is the base level moved by any {@link LevelChange}s.
 */
public sealed interface Warning permits AberrantAlliance, CollectiveEnforcement, CrippledOrganisation, DangerousImbalance, Distrust, Exclusion, Insecurity, NuclearEscalation, RedLineCrossed, SettlementWarning {

    Level level();

    String title();

    /** The actors and organisations in its roles, in the roles' order, each once. */
    default List<String> actors() {
        return Vocabulary.participants(this);
    }

    default boolean concerns(String actor) {
        return actors().contains(actor);
    }
}
