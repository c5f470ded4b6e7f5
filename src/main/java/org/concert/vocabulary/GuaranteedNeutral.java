package org.concert.vocabulary;

import org.concert.vocabulary.Role.RoleType;

@Kind(value = "guaranteed-neutral", means = "A buffer state is neutral, with legally binding guarantees from both sides (P23).")
public record GuaranteedNeutral(@Role(RoleType.ACTOR) String state, @Role(RoleType.ACTOR) String power, String statement) implements Conclusion {
}
