package org.concert.vocabulary;

import org.concert.vocabulary.Role.RoleType;

@Kind(value = "juncture", means = "The end of a war that a great power lost opens a juncture (P7).")
public record Juncture(@Role(RoleType.ACTOR) String loser, @Role(RoleType.EVENT) String war, String statement) implements Conclusion {
}
