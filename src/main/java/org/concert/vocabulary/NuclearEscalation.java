package org.concert.vocabulary;

import org.concert.vocabulary.Role.RoleType;
import org.concert.casefile.Level;

@Kind(value = "nuclear-escalation", means = "Arms to the side fighting a losing nuclear power risk nuclear escalation (P26).")
public record NuclearEscalation(@Role(RoleType.ACTOR) String power, @Role(RoleType.ACTOR) String side, Level level, String title) implements Warning {
}
