package org.concert.vocabulary;

import org.concert.vocabulary.Role.RoleType;

@Kind(value = "settlement-under-duress", means = "A settlement was imposed on the party that signed it (P24).")
public record SettlementUnderDuress(@Role(RoleType.ACTOR) String loser, @Role(RoleType.EVENT) String settlement, String statement) implements Conclusion {
}
