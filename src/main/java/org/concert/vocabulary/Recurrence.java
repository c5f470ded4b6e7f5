package org.concert.vocabulary;

import org.concert.vocabulary.Role.RoleType;
import org.concert.casefile.Level;

@Kind(value = "recurrence", means = "A settlement not acceptable to both invites further rounds of violence (P24, P25).")
public record Recurrence(@Role(RoleType.ACTOR) String holdout, @Role(RoleType.ACTOR) String loser, Level level, String title) implements SettlementWarning {

    @Override
    public String aggrieved() {
        return holdout;
    }
}
