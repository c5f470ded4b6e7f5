package org.concert.vocabulary;

import org.concert.vocabulary.Role.RoleType;
import org.concert.casefile.Level;

@Kind(value = "broken-assurance", means = "Broken assurances of no expansion breed distrust (P16).")
public record Distrust(@Role(RoleType.ACTOR) String power, Level level, String title) implements Warning {
}
