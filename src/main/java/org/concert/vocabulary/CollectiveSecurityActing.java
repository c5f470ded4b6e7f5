package org.concert.vocabulary;

import org.concert.vocabulary.Role.RoleType;

@Kind(value = "collective-security-acting", means = "A collective-security organisation authorised a collective response to an aggressor (P12).")
public record CollectiveSecurityActing(@Role(RoleType.ORGANISATION) String organisation, @Role(RoleType.ACTOR) String aggressor, String statement) implements Conclusion {
}
