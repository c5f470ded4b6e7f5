package org.concert.vocabulary;

import org.concert.vocabulary.Role.RoleType;
import org.concert.casefile.Level;

@Kind(value = "red-line-crossed", means = "An alliance promised membership to a buffer state across a great power's red line (P20, P21).")
public record RedLineCrossed(@Role(RoleType.ACTOR) String power, @Role(RoleType.ACTOR) String state, @Role(RoleType.ORGANISATION) String alliance, Level level, String title) implements Warning {
}
