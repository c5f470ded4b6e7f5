package org.concert.vocabulary;

import org.concert.vocabulary.Role.RoleType;

@Kind(value = "self-help", means = "In a balance of power, a great power's claim to a buffer state is self-help, to be expected (P6).")
public record SelfHelp(@Role(RoleType.ACTOR) String power, @Role(RoleType.ACTOR) String state, String statement) implements Conclusion {
}
