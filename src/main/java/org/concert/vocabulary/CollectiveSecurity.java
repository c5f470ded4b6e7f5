package org.concert.vocabulary;

import org.concert.vocabulary.Role.RoleType;

@Kind(value = "collective-security", means = "A region is in collective security under an organisation that includes all its great powers (P4).")
public record CollectiveSecurity(@Role(RoleType.REGION) String region, @Role(RoleType.ORGANISATION) String organisation, String statement) implements Conclusion {
}
