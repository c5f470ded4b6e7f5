package org.concert.vocabulary;

import org.concert.vocabulary.Role.RoleType;

@Kind(value = "refused-membership", means = "A great power's requests to join the alliance were refused (P15).")
public record RefusedMembership(@Role(RoleType.ACTOR) String power, @Role(RoleType.ORGANISATION) String alliance, String statement) implements ExclusionSign {
}
