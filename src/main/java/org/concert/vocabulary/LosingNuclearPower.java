package org.concert.vocabulary;

import org.concert.vocabulary.Role.RoleType;

@Kind(value = "losing-nuclear-power", means = "A nuclear power is losing ground in a war (P26).")
public record LosingNuclearPower(@Role(RoleType.ACTOR) String power, @Role(RoleType.EVENT) String war, String statement) implements Conclusion {
}
