package org.concert.vocabulary;

import org.concert.vocabulary.Role.RoleType;

@Kind(value = "balance-of-power", means = "A region is in a balance of power: an alliance leaves out one of its great powers (P4).")
public record BalanceOfPower(@Role(RoleType.REGION) String region, @Role(RoleType.ORGANISATION) String alliance, String statement) implements Conclusion {
}
