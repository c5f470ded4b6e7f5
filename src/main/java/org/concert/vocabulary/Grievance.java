package org.concert.vocabulary;

import org.concert.vocabulary.Role.RoleType;

@Kind(value = "grievance", means = "A settlement imposed on the defeated great power breeds its grievance (P9).")
public record Grievance(@Role(RoleType.ACTOR) String loser, @Role(RoleType.EVENT) String settlement, String statement) implements Conclusion {
}
