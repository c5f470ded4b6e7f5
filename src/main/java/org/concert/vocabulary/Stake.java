package org.concert.vocabulary;

import org.concert.vocabulary.Role.RoleType;

@Kind(value = "stake", means = "A privileged voice gives a great power a stake in an organisation (P11).")
public record Stake(@Role(RoleType.ACTOR) String power, @Role(RoleType.ORGANISATION) String organisation, String statement) implements Conclusion {
}
