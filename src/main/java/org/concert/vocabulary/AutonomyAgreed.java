package org.concert.vocabulary;

import org.concert.vocabulary.Role.RoleType;

@Kind(value = "autonomy-agreed", means = "Autonomy for contested regions of a state was agreed in talks (P25).")
public record AutonomyAgreed(@Role(RoleType.ACTOR) String state, @Role(RoleType.EVENT) String autonomy, String statement) implements Conclusion {
}
