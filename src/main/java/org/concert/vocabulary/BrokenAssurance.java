package org.concert.vocabulary;

import org.concert.vocabulary.Role.RoleType;

@Kind(value = "broken-assurance", means = "An assurance to a great power that the alliance would not expand was followed by its expansion (P16).")
public record BrokenAssurance(@Role(RoleType.ACTOR) String power, @Role(RoleType.EVENT) String assurance, String statement) implements Conclusion {
}
