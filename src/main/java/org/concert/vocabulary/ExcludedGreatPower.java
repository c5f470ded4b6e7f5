package org.concert.vocabulary;

import org.concert.vocabulary.Role.RoleType;

@Kind(value = "excluded-great-power", means = "A great power is left outside the alliance the order is built on (P13).")
public record ExcludedGreatPower(@Role(RoleType.ACTOR) String power, @Role(RoleType.ORGANISATION) String alliance, String statement) implements ExclusionSign {
}
