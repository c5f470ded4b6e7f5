package org.concert.vocabulary;

import org.concert.vocabulary.Role.RoleType;
import org.concert.casefile.Level;

@Kind(value = "crippled-organisation", means = "A collective-security organisation missing a great power cannot keep the peace (P10).")
public record CrippledOrganisation(@Role(RoleType.ACTOR) String power, @Role(RoleType.ORGANISATION) String organisation, Level level, String title) implements Warning {
}
