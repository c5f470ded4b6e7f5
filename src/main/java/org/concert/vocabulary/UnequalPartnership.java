package org.concert.vocabulary;

import org.concert.vocabulary.Role.RoleType;

@Kind(value = "unequal-partnership", means = "A great power is only a partner, without a voice in inner deliberations (P14).")
public record UnequalPartnership(@Role(RoleType.ACTOR) String power, @Role(RoleType.ORGANISATION) String partnership, String statement) implements ExclusionSign {
}
