package org.concert.vocabulary;

import org.concert.vocabulary.Role.RoleType;

@Kind(value = "inclusive-order", means = "A regional collective-security organisation includes the great power: it needs no buffer state (P28).")
public record InclusiveOrder(@Role(RoleType.ACTOR) String power, @Role(RoleType.ORGANISATION) String organisation, String statement) implements Conclusion {
}
