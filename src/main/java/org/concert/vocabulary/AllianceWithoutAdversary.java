package org.concert.vocabulary;

import org.concert.vocabulary.Role.RoleType;

@Kind(value = "alliance-without-adversary", means = "An alliance whose adversary has dissolved carries on without it (P13).")
public record AllianceWithoutAdversary(@Role(RoleType.ORGANISATION) String alliance, @Role(RoleType.ORGANISATION) String adversary, String statement) implements Conclusion {
}
