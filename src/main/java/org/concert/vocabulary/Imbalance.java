package org.concert.vocabulary;

import org.concert.vocabulary.Role.RoleType;

@Kind(value = "imbalance", means = "A great power's collapse or sharp rise turns a region's balance into an imbalance (P5).")
public record Imbalance(@Role(RoleType.REGION) String region, @Role(RoleType.EVENT) String shift, String statement) implements Conclusion {
}
