package org.concert.vocabulary;

import org.concert.vocabulary.Role.RoleType;

@Kind(value = "buffer-state", means = "A great power regards a state as its buffer state (P18).")
public record BufferState(@Role(RoleType.ACTOR) String state, @Role(RoleType.ACTOR) String power, String statement) implements Conclusion {
}
