package org.concert.vocabulary;

import org.concert.vocabulary.Role.RoleType;

@Kind(value = "included-loser", means = "The defeated great power is admitted to the post-war order on equal terms (P8).")
public record IncludedLoser(@Role(RoleType.ACTOR) String loser, @Role(RoleType.ORGANISATION) String organisation, String statement) implements Conclusion {
}
