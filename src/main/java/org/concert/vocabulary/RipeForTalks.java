package org.concert.vocabulary;

import org.concert.vocabulary.Role.RoleType;

@Kind(value = "ripe-for-talks", means = "All sides of a war have come to the table (P27).")
public record RipeForTalks(@Role(RoleType.EVENT) String war, @Role(RoleType.EVENT) String talks, String statement) implements Conclusion {
}
