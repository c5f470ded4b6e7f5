package org.concert.vocabulary;

import org.concert.vocabulary.Role.RoleType;

@Kind(value = "unaccepted-settlement", means = "A party does not accept a peace settlement (P24).")
public record UnacceptedSettlement(@Role(RoleType.ACTOR) String holdout, @Role(RoleType.EVENT) String settlement, String statement) implements Conclusion {
}
