package org.concert.vocabulary;

import org.concert.vocabulary.Role.RoleType;

@Kind(value = "enlargement-towards", means = "A round of enlargement brought the alliance towards an excluded great power (P17).")
public record EnlargementTowards(@Role(RoleType.ACTOR) String power, @Role(RoleType.EVENT) String round, String statement) implements ExclusionSign {
}
