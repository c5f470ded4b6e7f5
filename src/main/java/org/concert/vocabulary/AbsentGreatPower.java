package org.concert.vocabulary;

import org.concert.vocabulary.Role.RoleType;

@Kind(value = "absent-great-power", means = "A collective-security organisation works without one of its great powers (P10).")
public record AbsentGreatPower(@Role(RoleType.ORGANISATION) String organisation, @Role(RoleType.ACTOR) String power, String statement) implements Conclusion {
}
