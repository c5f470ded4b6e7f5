package org.concert.vocabulary;

import org.concert.vocabulary.Role.RoleType;
import org.concert.casefile.Level;

@Kind(value = "alliance-without-adversary", means = "An alliance without an adversary in peacetime, excluding a great power, is an aberration (P13).")
public record AberrantAlliance(@Role(RoleType.ORGANISATION) String alliance, @Role(RoleType.ACTOR) String power, Level level, String title) implements Warning {
}
