package org.concert.vocabulary;

import org.concert.vocabulary.Role.RoleType;

@Kind(value = "red-line", means = "A great power has declared, repeatedly, that a buffer state must never join an alliance (P19).")
public record RedLine(@Role(RoleType.ACTOR) String state, @Role(RoleType.ORGANISATION) String alliance, @Role(RoleType.ACTOR) String power, String statement) implements Conclusion {
}
