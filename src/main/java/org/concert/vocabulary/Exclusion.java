package org.concert.vocabulary;

import org.concert.vocabulary.Role.RoleType;
import org.concert.casefile.Level;

@Kind(value = "exclusion", means = "A great power is excluded from the security order and humiliated (P14, P15).")
public record Exclusion(@Role(RoleType.ACTOR) String power, @Role(RoleType.ORGANISATION) String alliance, Level level, String title) implements Warning {
}
