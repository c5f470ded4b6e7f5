package org.concert.vocabulary;

import org.concert.vocabulary.Role.RoleType;
import org.concert.casefile.Level;

@Kind(value = "grievance", means = "A punitive settlement breeds a grievance that leads to war (P9).")
public record PostWarGrievance(@Role(RoleType.ACTOR) String loser, Level level, String title) implements SettlementWarning {

    @Override
    public String aggrieved() {
        return loser;
    }
}
