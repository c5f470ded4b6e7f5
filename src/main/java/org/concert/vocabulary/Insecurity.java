package org.concert.vocabulary;

import org.concert.vocabulary.Role.RoleType;
import org.concert.casefile.Level;

@Kind(value = "enlargement-towards", means = "Enlargement towards an excluded great power makes it insecure (P17).")
public record Insecurity(@Role(RoleType.ACTOR) String power, @Role(RoleType.ORGANISATION) String alliance, Level level, String title) implements Warning {
}
