package org.concert.vocabulary;

import org.concert.vocabulary.Role.RoleType;
import org.concert.casefile.Level;

@Kind(value = "imbalance", means = "A balance of power turned into an imbalance is dangerous (P5).")
public record DangerousImbalance(@Role(RoleType.ACTOR) String power, Level level, String title) implements Warning {
}
