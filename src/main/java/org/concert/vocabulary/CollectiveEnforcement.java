package org.concert.vocabulary;

import org.concert.vocabulary.Role.RoleType;
import org.concert.casefile.Level;

@Kind(value = "collective-enforcement", means = "An aggressor facing an authorised collective response will meet enforcement (P12).")
public record CollectiveEnforcement(@Role(RoleType.ACTOR) String aggressor, @Role(RoleType.ORGANISATION) String organisation, Level level, String title) implements Warning {
}
